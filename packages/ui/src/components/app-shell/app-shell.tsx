import { cx } from "class-variance-authority";
import * as React from "react";
import {
  SidebarInset,
  SidebarProvider,
  SidebarTrigger,
  type SidebarProviderProps,
} from "../sidebar/sidebar";

/** Values used when a prop is not given. */
const defaults = { mainId: "main" } as const;

export interface AppShellProps extends SidebarProviderProps {
  /** The product's `Sidebar`, beside the header and the page. */
  sidebar: React.ReactNode;
  /**
   * Text of the skip link, the first thing a keyboard user reaches; it jumps past the sidebar
   * and the header to `AppShellMain`. Translate it.
   * @default "Skip to main content"
   */
  skipLinkLabel?: string;
  /**
   * The `id` of the `AppShellMain` the skip link goes to; change both together.
   * @default "main"
   */
  mainId?: string;
}

/**
 * The frame of an app's pages: the sidebar, a top bar (`AppShellHeader`) and the page
 * (`AppShellMain`), with a skip link to the page. Takes the `SidebarProvider`'s props: pass
 * `defaultOpen={readSidebarCookie(await cookies())}` from a server layout. Server component; the
 * sidebar parts inside are client islands.
 */
export const AppShell = /* @__PURE__ */ React.forwardRef<HTMLDivElement, AppShellProps>(
  function AppShell(
    {
      className,
      sidebar,
      skipLinkLabel = "Skip to main content",
      mainId = defaults.mainId,
      children,
      ...props
    },
    ref,
  ) {
    return (
      <SidebarProvider ref={ref} className={cx("nx-app-shell", className)} {...props}>
        <a href={`#${mainId}`} data-slot="app-shell-skip-link" className="nx-app-shell__skip-link">
          {skipLinkLabel}
        </a>
        {sidebar}
        <SidebarInset data-slot="app-shell-body" className="nx-app-shell__body">
          {children}
        </SidebarInset>
      </SidebarProvider>
    );
  },
);

export interface AppShellHeaderProps extends React.HTMLAttributes<HTMLElement> {
  /**
   * Put the `SidebarTrigger` first in the bar. Turn it off to place your own.
   * @default true
   */
  showSidebarTrigger?: boolean;
  /**
   * Accessible name of the sidebar trigger; translate it.
   * @default "Toggle sidebar"
   */
  sidebarTriggerLabel?: string;
}

/**
 * The top bar above the page: the sidebar trigger, then your children (a breadcrumb, search,
 * the account menu). Sticks to the top while the page scrolls; the page's `banner` landmark.
 */
export const AppShellHeader = /* @__PURE__ */ React.forwardRef<HTMLElement, AppShellHeaderProps>(
  function AppShellHeader(
    {
      className,
      showSidebarTrigger = true,
      sidebarTriggerLabel = "Toggle sidebar",
      children,
      ...props
    },
    ref,
  ) {
    return (
      <header
        ref={ref}
        data-slot="app-shell-header"
        className={cx("nx-app-shell-header", className)}
        {...props}
      >
        {showSidebarTrigger && <SidebarTrigger aria-label={sidebarTriggerLabel} />}
        {children}
      </header>
    );
  },
);

export type AppShellMainProps = React.HTMLAttributes<HTMLElement>;

/**
 * The page's content, the `main` landmark and the skip link's target (`id="main"` unless you
 * pass another, with the same `mainId` on `AppShell`). Pages render straight into it.
 */
export const AppShellMain = /* @__PURE__ */ React.forwardRef<HTMLElement, AppShellMainProps>(
  function AppShellMain({ className, id = defaults.mainId, ...props }, ref) {
    return (
      <main
        ref={ref}
        id={id}
        tabIndex={-1}
        data-slot="app-shell-main"
        className={cx("nx-app-shell-main", className)}
        {...props}
      />
    );
  },
);
