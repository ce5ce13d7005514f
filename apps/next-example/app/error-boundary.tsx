"use client";

import { ErrorBlock } from "@nexod/blocks/error";

/**
 * The error boundary of the interactive and blocks pages (re-exported by their `error.tsx`): a
 * page that threw renders this instead, the layout stays.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorBlock error={error} reset={reset} homeHref="/" supportHref="/status" />;
}
