"use client";

import { AlertTriangleIcon, ArrowLeftIcon, RefreshIcon } from "@nexod/icons";
import {
  Button,
  Code,
  EmptyState,
  EmptyStateActions,
  EmptyStateDescription,
  EmptyStateIcon,
  EmptyStateTitle,
  Link as TextLink,
} from "@nexod/ui";
import Link from "next/link";
import type * as React from "react";

export interface ErrorBlockProps {
  /** The error Next passes to `error.tsx`; its `digest` identifies it in the server logs. */
  error: Error & { digest?: string };
  /** Next's `reset`: renders the segment again. "Try again" calls it. */
  reset: () => void;
  /** The heading. @default "Something went wrong" */
  title?: string;
  /** What happened and what to do, in words for the user (not the error's message). */
  description?: React.ReactNode;
  /** Where "Back to home" goes. @default "/" */
  homeHref?: string;
  /** Where "Contact support" goes; the link is left out without it. */
  supportHref?: string;
}

/**
 * The page for `app/error.tsx`: says something failed without showing the error's message (in
 * production it is a generic one, and it is not written for users), offers "Try again" (Next's
 * `reset`) and the way home, and shows the error's `digest` small, for support to find it in
 * the logs. Client component, as `error.tsx` must be.
 */
export function ErrorBlock({
  error,
  reset,
  title = "Something went wrong",
  description = "This page didn't load. It may be a brief hiccup: try again, or come back in a few minutes.",
  homeHref = "/",
  supportHref,
}: ErrorBlockProps) {
  return (
    <main className="flex min-h-[70vh] items-center justify-center p-6">
      <EmptyState size="lg">
        <EmptyStateIcon>
          <AlertTriangleIcon />
        </EmptyStateIcon>
        <EmptyStateTitle level={1}>{title}</EmptyStateTitle>
        <EmptyStateDescription>{description}</EmptyStateDescription>
        <EmptyStateActions>
          <Button onClick={() => reset()}>
            <RefreshIcon />
            Try again
          </Button>
          <Button asChild variant="outline">
            <Link href={homeHref}>
              <ArrowLeftIcon />
              Back to home
            </Link>
          </Button>
        </EmptyStateActions>
        {supportHref || error.digest ? (
          <div className="flex flex-col items-center gap-1">
            {supportHref ? (
              <p className="text-sm text-muted-foreground">
                Still failing?{" "}
                <TextLink asChild>
                  <Link href={supportHref}>Contact support</Link>
                </TextLink>
                {error.digest ? " and quote the error ID." : "."}
              </p>
            ) : null}
            {error.digest ? (
              <p className="text-xs text-muted-foreground">
                Error ID: <Code className="select-all">{error.digest}</Code>
              </p>
            ) : null}
          </div>
        ) : null}
      </EmptyState>
    </main>
  );
}
