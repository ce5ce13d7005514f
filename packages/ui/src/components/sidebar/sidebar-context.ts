"use client";

import * as React from "react";

export interface SidebarContextValue {
  /** `expanded` or `collapsed`: the desktop sidebar's state, for styling and labels. */
  state: "expanded" | "collapsed";
  /** Whether the desktop sidebar is expanded. */
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Whether the off-canvas sheet is open on small screens. */
  openMobile: boolean;
  setOpenMobile: (open: boolean) => void;
  /** Whether the screen is narrower than the `md` breakpoint (always `false` on the server). */
  isMobile: boolean;
  /** Expands or collapses the sidebar on wide screens; opens or closes the sheet on small ones. */
  toggleSidebar: () => void;
}

export interface SidebarInternals extends SidebarContextValue {
  /** The element that last opened the mobile sheet, to take focus back when it closes. */
  openerRef: React.RefObject<HTMLElement | null>;
}

export const SidebarContext = /* @__PURE__ */ React.createContext<SidebarInternals | null>(null);

export function useSidebarInternals(part: string): SidebarInternals {
  const context = React.useContext(SidebarContext);
  if (!context) {
    throw new Error(`${part} must be inside a <SidebarProvider> (or an <AppShell>).`);
  }
  return context;
}

/** The sidebar's state and actions, for your own toggle buttons; inside a `SidebarProvider`. */
export function useSidebar(): SidebarContextValue {
  const { openerRef: _opener, ...value } = useSidebarInternals("useSidebar()");
  return value;
}
