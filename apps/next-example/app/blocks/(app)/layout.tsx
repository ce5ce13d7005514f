import { AppShellBlock } from "@nexod/blocks/app-shell";
import { readSidebarCookie } from "@nexod/ui";
import { cookies } from "next/headers";
import type * as React from "react";
import { ThemeToggle } from "@/components/theme-toggle";
import { blocksNavigation } from "./navigation";

/**
 * The app-shell block around the page blocks, as a product's app layout uses it: the sidebar's
 * cookie read here on the server, so a collapsed sidebar is collapsed from the first paint. A
 * route group, so the sign-in and sign-up blocks under /blocks stay outside the shell.
 */
export default async function BlocksAppLayout({ children }: { children: React.ReactNode }) {
  return (
    <AppShellBlock
      defaultOpen={readSidebarCookie(await cookies())}
      navigation={blocksNavigation}
      homeHref="/blocks"
      actions={<ThemeToggle />}
    >
      {children}
    </AppShellBlock>
  );
}
