"use client";

import { PanelLeftIcon } from "@nexod/icons";
import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { Button, type ButtonProps } from "../button/button";
import { Sheet, SheetContent, SheetDescription, SheetTitle } from "../sheet/sheet";
import { TooltipProvider } from "../tooltip/tooltip";
import { SidebarContext, type SidebarInternals, useSidebarInternals } from "./sidebar-context";
import { SIDEBAR_COOKIE_NAME, sidebarCookie } from "./sidebar-cookie";
import type { OpenStateProps } from "../../shared/open-state";

/** Values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { side: "start", collapsible: "icon", keyboardShortcut: "b" } as const;

/** Below this width (the `md` breakpoint, 48rem) the sidebar is an off-canvas sheet. */
const mobileQuery = "(max-width: 47.99rem)";

const subscribeToMobile = (onChange: () => void) => {
  const query = window.matchMedia(mobileQuery);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** Whether the screen is below `md`; `false` on the server, where CSS hides the desktop sidebar. */
function useIsMobile() {
  return React.useSyncExternalStore(
    subscribeToMobile,
    () => window.matchMedia(mobileQuery).matches,
    () => false,
  );
}

export { useSidebar, type SidebarContextValue } from "./sidebar-context";

export interface SidebarProviderProps extends React.HTMLAttributes<HTMLDivElement>, OpenStateProps {
  /**
   * Whether the sidebar is expanded on first render. On the server, pass the saved state:
   * `readSidebarCookie(await cookies())`, so the first paint is already right.
   * @default true
   */
  defaultOpen?: boolean;
  /**
   * The letter that toggles the sidebar with ⌘ (macOS) or Ctrl (elsewhere); `false` turns the
   * shortcut off. Skipped when the focused element already handled the keys (an editor's bold).
   * @default "b"
   */
  keyboardShortcut?: string | false;
  /**
   * Cookie the expanded/collapsed state is saved to on every change; `false` saves nothing.
   * @default "nx-sidebar-open"
   */
  cookieName?: string | false;
}

/**
 * Holds the sidebar's state (expanded or collapsed on wide screens, the sheet on small ones),
 * saves it to a cookie and listens for the keyboard shortcut. Wraps the `Sidebar` and the page
 * beside it (`SidebarInset`) in a full-height row.
 */
export const SidebarProvider = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  SidebarProviderProps
>(function SidebarProvider(
  {
    open: openProp,
    defaultOpen = true,
    onOpenChange,
    keyboardShortcut = defaults.keyboardShortcut,
    cookieName = SIDEBAR_COOKIE_NAME,
    className,
    children,
    ...props
  },
  ref,
) {
  if (
    keyboardShortcut !== false &&
    (typeof keyboardShortcut !== "string" || keyboardShortcut.length !== 1)
  ) {
    throw new Error(
      `SidebarProvider: keyboardShortcut="${String(keyboardShortcut)}" must be a single character (pressed with ⌘ or Ctrl), or false.`,
    );
  }
  const isMobile = useIsMobile();
  const [openMobile, setOpenMobile] = React.useState(false);
  const [uncontrolledOpen, setUncontrolledOpen] = React.useState(defaultOpen);
  const open = openProp ?? uncontrolledOpen;
  const openerRef = React.useRef<HTMLElement | null>(null);

  const setOpen = React.useCallback(
    (next: boolean) => {
      if (openProp === undefined) setUncontrolledOpen(next);
      onOpenChange?.(next);
      if (cookieName) document.cookie = sidebarCookie(next, cookieName);
    },
    [openProp, onOpenChange, cookieName],
  );

  const toggleSidebar = React.useCallback(() => {
    if (isMobile) setOpenMobile((current) => !current);
    else setOpen(!open);
  }, [isMobile, open, setOpen]);

  React.useEffect(() => {
    if (keyboardShortcut === false) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.shiftKey ||
        !(event.metaKey || event.ctrlKey) ||
        event.key.toLowerCase() !== keyboardShortcut.toLowerCase()
      ) {
        return;
      }
      event.preventDefault();
      if (document.activeElement instanceof HTMLElement) openerRef.current = document.activeElement;
      toggleSidebar();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [keyboardShortcut, toggleSidebar]);

  const state = open ? "expanded" : "collapsed";
  const value = React.useMemo<SidebarInternals>(
    () => ({ state, open, setOpen, openMobile, setOpenMobile, isMobile, toggleSidebar, openerRef }),
    [state, open, setOpen, openMobile, isMobile, toggleSidebar],
  );

  return (
    <SidebarContext.Provider value={value}>
      <TooltipProvider delayDuration={0}>
        <div
          ref={ref}
          data-slot="sidebar-provider"
          data-state={state}
          className={cx("nx-sidebar-provider", className)}
          {...props}
        >
          {children}
        </div>
      </TooltipProvider>
    </SidebarContext.Provider>
  );
});

/** Class names of a Sidebar's look (styles: sidebar.css). */
export const sidebarVariants = /* @__PURE__ */ cva("nx-sidebar", {
  variants: {
    /**
     * The edge the sidebar sits on, following the reading direction (`start` is the left in
     * left-to-right pages, the right in right-to-left ones). For `end`, place the `Sidebar`
     * after the `SidebarInset`, so the reading and tab order match what is seen.
     * @default "start"
     */
    side: { start: "nx-sidebar--start", end: "nx-sidebar--end" },
    /**
     * What collapsing does on wide screens: `icon` keeps a rail of icons (with the labels as
     * tooltips), `offcanvas` hides the sidebar, `none` keeps it always expanded.
     * @default "icon"
     */
    collapsible: {
      icon: "nx-sidebar--icon",
      offcanvas: "nx-sidebar--offcanvas",
      none: "nx-sidebar--none",
    },
  },
  defaultVariants: { side: defaults.side, collapsible: defaults.collapsible },
});

function assertOneOf(prop: string, value: unknown, allowed: readonly string[]) {
  if (value != null && !allowed.includes(value as string)) {
    throw new Error(
      `Sidebar: ${prop}="${String(value)}" is not supported; use one of ${allowed.join(", ")}.`,
    );
  }
}

export interface SidebarProps
  extends React.HTMLAttributes<HTMLElement>, VariantProps<typeof sidebarVariants> {
  /**
   * Accessible name of the sidebar's navigation landmark (and the title of the sheet on small
   * screens); translate it.
   * @default "Sidebar"
   */
  "aria-label"?: string;
  /**
   * Accessible description of the sheet the sidebar becomes on small screens; translate it.
   * @default "Pages of the product."
   */
  sheetDescription?: string;
}

/**
 * The product's main navigation column: full height beside the page, collapsible to icons (or
 * out of view) on wide screens, an off-canvas sheet below the `md` breakpoint. A `<nav>`
 * landmark; put `SidebarHeader`, `SidebarContent` and `SidebarFooter` inside.
 */
export const Sidebar = /* @__PURE__ */ React.forwardRef<HTMLElement, SidebarProps>(function Sidebar(
  {
    className,
    side,
    collapsible,
    "aria-label": label = "Sidebar",
    sheetDescription = "Pages of the product.",
    children,
    ...props
  },
  ref,
) {
  assertOneOf("side", side, ["start", "end"]);
  assertOneOf("collapsible", collapsible, ["icon", "offcanvas", "none"]);
  const { state, isMobile, openMobile, setOpenMobile, openerRef } = useSidebarInternals("Sidebar");
  const resolvedSide = side ?? defaults.side;
  const resolvedCollapsible = collapsible ?? defaults.collapsible;

  if (isMobile) {
    return (
      <Sheet open={openMobile} onOpenChange={setOpenMobile}>
        <SheetContent
          side={resolvedSide}
          size="sm"
          showCloseButton={false}
          className="nx-sidebar-sheet"
          onCloseAutoFocus={(event) => {
            // The sheet has no SheetTrigger: focus goes back to the button that opened it.
            if (openerRef.current?.isConnected) {
              event.preventDefault();
              openerRef.current.focus();
            }
          }}
        >
          <SheetTitle className="nx-sidebar-sheet__title">{label}</SheetTitle>
          <SheetDescription className="nx-sidebar-sheet__title">
            {sheetDescription}
          </SheetDescription>
          <nav
            ref={ref}
            aria-label={label}
            data-slot="sidebar"
            data-mobile=""
            className={cx("nx-sidebar-sheet__nav", className)}
            {...props}
          >
            {children}
          </nav>
        </SheetContent>
      </Sheet>
    );
  }

  return (
    <nav
      ref={ref}
      aria-label={label}
      data-slot="sidebar"
      data-state={resolvedCollapsible === "none" ? "expanded" : state}
      data-side={resolvedSide}
      data-collapsible={resolvedCollapsible}
      className={cx(sidebarVariants({ side, collapsible }), className)}
      {...props}
    >
      {children}
    </nav>
  );
});

export interface SidebarTriggerProps extends Omit<ButtonProps, "children"> {
  /**
   * Accessible name of the button; translate it.
   * @default "Toggle sidebar"
   */
  "aria-label"?: string;
}

/**
 * The button that expands and collapses the sidebar (or opens the sheet on small screens). Its
 * `aria-expanded` says which; the keyboard shortcut does the same.
 */
export const SidebarTrigger = /* @__PURE__ */ React.forwardRef<
  HTMLButtonElement,
  SidebarTriggerProps
>(function SidebarTrigger(
  {
    className,
    onClick,
    variant = "ghost",
    size = "icon",
    "aria-label": label = "Toggle sidebar",
    ...props
  },
  ref,
) {
  const { open, isMobile, openMobile, toggleSidebar, openerRef } =
    useSidebarInternals("SidebarTrigger");
  return (
    <Button
      ref={ref}
      data-slot="sidebar-trigger"
      variant={variant}
      size={size}
      aria-label={label}
      aria-expanded={isMobile ? openMobile : open}
      className={cx("nx-sidebar-trigger", className)}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        openerRef.current = event.currentTarget;
        toggleSidebar();
      }}
      {...props}
    >
      <PanelLeftIcon size="sm" className="nx-sidebar-trigger__icon nx-icon-sm" />
    </Button>
  );
});

export interface SidebarInsetProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element (a `<main>`) with the inset's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** The page beside the sidebar: takes the rest of the row's width. */
export const SidebarInset = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SidebarInsetProps>(
  function SidebarInset({ className, asChild = false, ...props }, ref) {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="sidebar-inset"
        className={cx("nx-sidebar-inset", className)}
        {...props}
      />
    );
  },
);

/** A plain `<div>` part of the sidebar with its own class and slot. */
function sidebarSection(slot: string, description: string) {
  const Section = React.forwardRef<HTMLDivElement, SidebarSectionProps>(function SidebarSection(
    { className, asChild = false, ...props },
    ref,
  ) {
    const Comp = asChild ? Slot : "div";
    return <Comp ref={ref} data-slot={slot} className={cx(`nx-${slot}`, className)} {...props} />;
  });
  Section.displayName = description;
  return Section;
}

export interface SidebarSectionProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the part's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

export type SidebarHeaderProps = SidebarSectionProps;
export type SidebarFooterProps = SidebarSectionProps;
export type SidebarContentProps = SidebarSectionProps;
export type SidebarGroupProps = SidebarSectionProps;
export type SidebarGroupLabelProps = SidebarSectionProps;
export type SidebarGroupContentProps = SidebarSectionProps;

/** The top of the sidebar: the product's name or a workspace switcher. Does not scroll. */
export const SidebarHeader = /* @__PURE__ */ sidebarSection("sidebar-header", "SidebarHeader");
/** The bottom of the sidebar: the account menu, help. Does not scroll. */
export const SidebarFooter = /* @__PURE__ */ sidebarSection("sidebar-footer", "SidebarFooter");
/** The scrolling middle of the sidebar, holding the `SidebarGroup`s. */
export const SidebarContent = /* @__PURE__ */ sidebarSection("sidebar-content", "SidebarContent");
/** A section of the sidebar's content: a `SidebarGroupLabel` and a `SidebarMenu`. */
export const SidebarGroup = /* @__PURE__ */ sidebarSection("sidebar-group", "SidebarGroup");
/** The small heading of a group; hidden while the sidebar is collapsed to icons. */
export const SidebarGroupLabel = /* @__PURE__ */ sidebarSection(
  "sidebar-group-label",
  "SidebarGroupLabel",
);
/** Wraps a group's menu or other content under its label. */
export const SidebarGroupContent = /* @__PURE__ */ sidebarSection(
  "sidebar-group-content",
  "SidebarGroupContent",
);
