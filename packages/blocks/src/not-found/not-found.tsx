import { ArrowLeftIcon, SearchIcon } from "@nexod/icons";
import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateDescription,
  EmptyStateIcon,
  EmptyStateTitle,
} from "@nexod/ui";
import Link from "next/link";

export interface NotFoundBlockProps {
  /** Where "Back to home" goes. */
  homeHref?: string;
  /** Where "Contact support" goes; the link is left out without it. */
  supportHref?: string;
}

/**
 * The page for an address that leads nowhere: the status, what probably happened and two ways
 * on. Use it from `app/not-found.tsx`. Server component.
 */
export function NotFoundBlock({ homeHref = "/", supportHref }: NotFoundBlockProps) {
  return (
    <main className="flex min-h-[70vh] items-center justify-center p-6">
      <EmptyState size="lg">
        <EmptyStateIcon>
          <SearchIcon />
        </EmptyStateIcon>
        <p className="text-sm font-medium text-muted-foreground">Error 404</p>
        <EmptyStateTitle level={1}>Page not found</EmptyStateTitle>
        <EmptyStateDescription>
          The page may have moved, or the address has a typo. Check it, or start again from the home
          page.
        </EmptyStateDescription>
        <EmptyStateActions>
          <Button asChild>
            <Link href={homeHref}>
              <ArrowLeftIcon />
              Back to home
            </Link>
          </Button>
          {supportHref ? (
            <Button asChild variant="outline">
              <Link href={supportHref}>Contact support</Link>
            </Button>
          ) : null}
        </EmptyStateActions>
      </EmptyState>
    </main>
  );
}
