import type { Metadata, Viewport } from "next";
import { ThemeProvider } from "next-themes";
import type * as React from "react";
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

/**
 * Root layout: server component, the document and the theme only. The frame around a page
 * comes from its own layout: the server-only pages (/ and /status) wrap themselves in
 * `SiteFrame`; the interactive pages get `AppShell` with the sidebar from the `(interactive)`
 * layout, so server-only pages ship none of its JavaScript.
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
          {children}
        </ThemeProvider>
      </body>
    </html>
  );
}
