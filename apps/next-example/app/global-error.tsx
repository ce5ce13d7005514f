"use client";

import { ErrorBlock } from "@nexod/blocks/error";
import "./globals.css";

/** When the root layout itself fails: the same page, with its own document. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <ErrorBlock error={error} reset={reset} homeHref="/" />
      </body>
    </html>
  );
}
