import type { Metadata } from "next";
import type * as React from "react";
// Nexod's unlayered stylesheet first, then the product's CSS: Tailwind 3's preflight (an
// unlayered element reset) cannot beat the components' class rules, and the product's own
// classes, loaded later, win over the components' classes.
import "@nexod/ui/styles.unlayered.css";
import "./globals.css";

export const metadata: Metadata = { title: "Nexod on Next.js 14 + Tailwind 3" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-background font-sans text-foreground">{children}</body>
    </html>
  );
}
