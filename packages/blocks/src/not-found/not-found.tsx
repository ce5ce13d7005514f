import { ArrowLeftIcon, SearchIcon } from "@nexod/icons";
import {
  buttonVariants,
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
 * on. Use it from `app/not-found.tsx`. Server component that ships no `@nexod/ui` JavaScript
 * (the root not-found page is in every route's client manifest).
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
          {/* Links with the button look (no Button component): this page is part of every
              route's tree in the app router, so it stays free of client JavaScript. */}
          <Link href={homeHref} className={buttonVariants()}>
            <ArrowLeftIcon />
            Back to home
          </Link>
          {supportHref ? (
            <Link href={supportHref} className={buttonVariants({ variant: "outline" })}>
              Contact support
            </Link>
          ) : null}
        </EmptyStateActions>
      </EmptyState>
    </main>
  );
}
