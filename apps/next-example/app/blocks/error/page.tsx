import type { Metadata } from "next";

export const metadata: Metadata = { title: "Error page" };

// Rendered per request: a page that throws at build time would fail the build instead.
export const dynamic = "force-dynamic";

/**
 * Shows the error block: this page throws while rendering on the server, so Next renders
 * `app/error.tsx` with the error's digest (the message stays in the server log).
 */
export default function BrokenPage(): never {
  throw new Error("This page throws on purpose to show app/error.tsx.");
}
