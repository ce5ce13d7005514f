import { AppShell, AppShellHeader, AppShellMain, readSidebarCookie, Toaster } from "@nexod/ui";
import { cookies } from "next/headers";
import type * as React from "react";
import { AppSidebar } from "@/components/app-sidebar";
import { ThemeToggle } from "@/components/theme-toggle";

/**
 * Layout of the pages that use interactive Nexod components: the AppShell with the sidebar,
 * and the Toaster. Mounted here rather than in the root layout, so server-only pages such as
 * /status load no JavaScript from @nexod/ui. The sidebar's state comes from its cookie, read
 * here on the server: a collapsed sidebar is collapsed in the first paint, with no flash.
 */
export default async function InteractiveLayout({ children }: { children: React.ReactNode }) {
  const defaultOpen = readSidebarCookie(await cookies());
  return (
    <>
      <AppShell sidebar={<AppSidebar />} defaultOpen={defaultOpen}>
        {/* The product's own Tailwind class wins over the header's bg-background. */}
        <AppShellHeader className="bg-surface text-surface-foreground">
          <span className="font-semibold">Acme</span>
          <div className="ms-auto">
            <ThemeToggle />
          </div>
        </AppShellHeader>
        <AppShellMain className="mx-auto w-full max-w-4xl">{children}</AppShellMain>
      </AppShell>
      <Toaster />
    </>
  );
}
