import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { ThemeProvider } from "next-themes";
import type * as React from "react";
import { ThemeToggle } from "@/components/theme-toggle";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Acme", template: "%s · Acme" },
  description: "An example product built on the Nexod design system.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0a0a0a" },
  ],
};

const navLinks = [
  { href: "/", label: "Overview" },
  { href: "/status", label: "Status" },
  { href: "/settings", label: "Settings" },
] as const;

/**
 * Root layout: server component. Only next-themes and the theme toggle run on the client
 * here; components from @nexod/ui that need the client (and the Toaster) are mounted by the
 * `(interactive)` layout, so server-only pages such as /status ship none of them.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // next-themes sets data-theme on <html> from a blocking script before the first paint,
    // so the server's <html> and the client's differ by design.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh">
        <ThemeProvider
          attribute="data-theme"
          defaultTheme="system"
          enableSystem
          disableTransitionOnChange
        >
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
        </ThemeProvider>
      </body>
    </html>
  );
}
