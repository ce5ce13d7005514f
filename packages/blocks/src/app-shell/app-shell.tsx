import { AppShell, AppShellHeader, AppShellMain, Separator, type AppShellProps } from "@nexod/ui";
import type * as React from "react";
import { AppSidebar } from "./app-sidebar";
import {
  navigation as sampleNavigation,
  user as sampleUser,
  type NavGroup,
  type NavUserInfo,
} from "./navigation";
import { SearchCommand } from "./search-command";

export interface AppShellBlockProps extends Omit<AppShellProps, "sidebar"> {
  /** The page's place in the product, left in the top bar: a `Breadcrumb`. */
  breadcrumb?: React.ReactNode;
  /** Controls at the end of the top bar: a theme toggle, notifications. */
  actions?: React.ReactNode;
  /** The product's name, at the top of the sidebar. */
  productName?: string;
  /** A second line under the name (the plan, the workspace). */
  productDetail?: string;
  /** Where the product's name leads. */
  homeHref?: string;
  /** The sidebar's groups of pages (sample data from `navigation.tsx` by default). */
  navigation?: NavGroup[];
  /** The signed-in person, at the foot of the sidebar. */
  user?: NavUserInfo;
}

/**
 * The application frame: the sidebar (logo, groups of pages, the account menu; collapsible to
 * icons with the trigger or ⌘B / Ctrl+B, a sheet on phones), a top bar (sidebar trigger,
 * breadcrumb, search with ⌘K, your actions) and the page. A server component: the sidebar, the
 * account menu and the search are client islands.
 *
 * Use it in the layout of the app's pages and read the sidebar's cookie there, so a collapsed
 * sidebar is collapsed from the first paint:
 *
 * ```tsx
 * // app/(app)/layout.tsx, with AppShellBlock imported from your copy in components/blocks
 * import { readSidebarCookie } from "@nexod/ui";
 * import { cookies } from "next/headers";
 *
 * export default async function AppLayout({ children }: { children: React.ReactNode }) {
 *   return (
 *     <AppShellBlock defaultOpen={readSidebarCookie(await cookies())}>{children}</AppShellBlock>
 *   );
 * }
 * ```
 */
export function AppShellBlock({
  breadcrumb,
  actions,
  productName = "Acme",
  productDetail = "Pro plan",
  homeHref = "/",
  navigation = sampleNavigation,
  user = sampleUser,
  children,
  ...props
}: AppShellBlockProps) {
  return (
    <AppShell
      sidebar={
        <AppSidebar
          productName={productName}
          productDetail={productDetail}
          homeHref={homeHref}
          navigation={navigation}
          user={user}
        />
      }
      {...props}
    >
      <AppShellHeader>
        {breadcrumb ? (
          <>
            <Separator orientation="vertical" className="hidden h-4 self-center sm:block" />
            <div className="hidden min-w-0 sm:block">{breadcrumb}</div>
          </>
        ) : null}
        <div className="ms-auto flex items-center gap-2">
          <SearchCommand navigation={navigation} />
          {actions}
        </div>
      </AppShellHeader>
      <AppShellMain className="mx-auto w-full max-w-7xl">{children}</AppShellMain>
    </AppShell>
  );
}
