"use client";

import { Slot } from "@radix-ui/react-slot";
import { cx } from "class-variance-authority";
import * as React from "react";
import { ThemeContext, type ThemeName } from "./theme-context";

export type { ThemeName } from "./theme-context";

export interface ThemeProps extends React.HTMLAttributes<HTMLDivElement> {
  /** The colour mode of this region and of every overlay opened from inside it. */
  theme: ThemeName;
  /**
   * Render the single child element (for example a `<section>`) as the themed region.
   * @default false
   */
  asChild?: boolean;
}

/**
 * A region in a colour mode of its own, painted with its background and text colours: a dark
 * hero on a light page, or light and dark previews side by side. Menus, dialogs, tooltips,
 * selects and toasts opened from inside it take its theme although they render in a portal.
 * For the whole page, set `data-theme` on `<html>` instead (next-themes does).
 */
export const Theme = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ThemeProps>(function Theme(
  { theme, asChild = false, className, ...props },
  ref,
) {
  const Comp = asChild ? Slot : "div";
  return (
    <ThemeContext.Provider value={theme}>
      <Comp
        ref={ref}
        data-slot="theme"
        data-theme={theme}
        className={cx("nx-theme", className)}
        {...props}
      />
    </ThemeContext.Provider>
  );
});
