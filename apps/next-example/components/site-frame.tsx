import Link from "next/link";
import type * as React from "react";
import { ThemeToggle } from "@/components/theme-toggle";

const navLinks = [
  { href: "/", label: "Overview" },
  { href: "/status", label: "Status" },
  { href: "/settings", label: "Settings" },
] as const;

/**
 * The frame of the server-only pages (/ and /status): a skip link, a plain header and `main`.
 * Server component built from Tailwind classes only, so these pages load no JavaScript from
 * @nexod/ui; the interactive pages use AppShell instead (`app/(interactive)/layout.tsx`).
 */
export function SiteFrame({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded-md focus:bg-primary focus:px-3 focus:py-2 focus:text-primary-foreground"
      >
        Skip to content
      </a>
      <header className="border-b border-border bg-surface text-surface-foreground">
        <div className="mx-auto flex max-w-4xl items-center gap-6 px-6 py-3">
          <Link href="/" className="font-semibold text-foreground no-underline">
            Acme
          </Link>
          <nav aria-label="Main" className="flex flex-1 gap-4 text-sm">
            {navLinks.map((link) => (
              <Link
                key={link.href}
                href={link.href}
                className="rounded-sm text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring"
              >
                {link.label}
              </Link>
            ))}
          </nav>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-6 py-10">
        {children}
      </main>
    </>
  );
}
