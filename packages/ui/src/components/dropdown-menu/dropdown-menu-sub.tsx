"use client";

import { ChevronRightIcon } from "@nexod/icons";
import * as DropdownMenuPrimitive from "@radix-ui/react-dropdown-menu";
import { cx } from "class-variance-authority";
import * as React from "react";
import { dropdownMenuContentVariants, dropdownMenuItemVariants } from "./dropdown-menu";
import { usePortalTheme } from "../theme/theme-context";
import type { OpenStateProps } from "../../shared/open-state";

export interface DropdownMenuSubProps
  extends React.ComponentPropsWithoutRef<typeof DropdownMenuPrimitive.Sub>, OpenStateProps {}

/** A nested menu: wraps a `DropdownMenuSubTrigger` and a `DropdownMenuSubContent`. No ref. */
export function DropdownMenuSub(props: DropdownMenuSubProps) {
  return <DropdownMenuPrimitive.Sub {...props} />;
}

export interface DropdownMenuSubTriggerProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.SubTrigger
> {
  /**
   * Indent the text to line up with checkbox and radio items.
   * @default false
   */
  inset?: boolean;
  /**
   * Skipped by arrow keys and typeahead; the submenu does not open.
   * @default false
   */
  disabled?: boolean;
}

/** The item that opens a submenu (ArrowRight, Enter or hover), with a chevron at its end. */
export const DropdownMenuSubTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.SubTrigger>,
  DropdownMenuSubTriggerProps
>(function DropdownMenuSubTrigger({ className, inset = false, children, ...props }, ref) {
  return (
    <DropdownMenuPrimitive.SubTrigger
      ref={ref}
      data-slot="dropdown-menu-sub-trigger"
      data-inset={inset || undefined}
      {...props}
      className={cx(dropdownMenuItemVariants(), "nx-dropdown-menu-sub-trigger", className)}
    >
      {children}
      <ChevronRightIcon size="sm" className="nx-dropdown-menu-sub-trigger__chevron" />
    </DropdownMenuPrimitive.SubTrigger>
  );
});

export interface DropdownMenuSubContentProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.SubContent
> {
  /**
   * Gap between the submenu and its trigger item, in px.
   * @default 4
   */
  sideOffset?: number;
  /**
   * Vertical shift, in px; the default lines the first submenu item up with the trigger item.
   * @default -5
   */
  alignOffset?: number;
  /**
   * Element to portal the submenu into.
   * @default document.body
   */
  container?: HTMLElement | null;
}

/** The submenu surface, portalled and placed beside its trigger item. */
export const DropdownMenuSubContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.SubContent>,
  DropdownMenuSubContentProps
>(function DropdownMenuSubContent(
  { className, sideOffset = 4, alignOffset = -5, container, ...props },
  ref,
) {
  const portalTheme = usePortalTheme();
  return (
    <DropdownMenuPrimitive.Portal container={container}>
      <DropdownMenuPrimitive.SubContent
        ref={ref}
        data-slot="dropdown-menu-sub-content"
        sideOffset={sideOffset}
        alignOffset={alignOffset}
        {...portalTheme}
        {...props}
        className={cx(dropdownMenuContentVariants(), "nx-dropdown-menu-sub-content", className)}
      />
    </DropdownMenuPrimitive.Portal>
  );
});
