// No "use client": the server reads the cookie (a Next.js layout with `cookies()`) before it
// renders the SidebarProvider, so the first paint already has the saved state.

/** Name of the cookie the `SidebarProvider` writes its expanded/collapsed state to. */
export const SIDEBAR_COOKIE_NAME = "nx-sidebar-open";

/** How long the saved sidebar state is kept, in seconds (one year). */
export const SIDEBAR_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** What `readSidebarCookie` reads: a cookie store (Next.js `cookies()`), a `Cookie` header or nothing. */
export type SidebarCookieSource =
  { get(name: string): { value: string } | undefined } | string | null | undefined;

export interface ReadSidebarCookieOptions {
  /**
   * The cookie's name, when the `SidebarProvider` was given another `cookieName`.
   * @default SIDEBAR_COOKIE_NAME
   */
  name?: string;
  /**
   * The state when there is no cookie (first visit) or it holds something else.
   * @default true
   */
  fallback?: boolean;
}

/** The value of cookie `name` in a `Cookie` header (`a=1; nx-sidebar-open=false`). */
function fromHeader(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}

/**
 * Whether the sidebar was left expanded, from its cookie; pass the result to
 * `SidebarProvider defaultOpen` on the server so the page renders in that state without a flash.
 *
 * ```tsx
 * // app/(app)/layout.tsx — a server component
 * import { cookies } from "next/headers";
 * const defaultOpen = readSidebarCookie(await cookies());
 * ```
 */
export function readSidebarCookie(
  source: SidebarCookieSource,
  { name = SIDEBAR_COOKIE_NAME, fallback = true }: ReadSidebarCookieOptions = {},
): boolean {
  const value = typeof source === "string" ? fromHeader(source, name) : source?.get(name)?.value;
  if (value === "true") return true;
  if (value === "false") return false;
  return fallback;
}

/** The `document.cookie` assignment that saves `open` under `name`. */
export function sidebarCookie(open: boolean, name: string = SIDEBAR_COOKIE_NAME): string {
  return `${name}=${String(open)}; path=/; max-age=${SIDEBAR_COOKIE_MAX_AGE}; samesite=lax`;
}
