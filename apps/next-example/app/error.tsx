"use client";

import { ErrorBlock } from "@nexod/blocks/error";

/** The root error boundary: a page that threw renders this instead (the layout stays). */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorBlock error={error} reset={reset} homeHref="/" supportHref="/status" />;
}
