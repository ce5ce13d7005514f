"use client";

import { CheckIcon, DotIcon, MinusIcon } from "@nexod/icons";
import * as DropdownMenuPrimitive from "@radix-ui/react-dropdown-menu";
import { cx } from "class-variance-authority";
import * as React from "react";
import { dropdownMenuItemVariants } from "./dropdown-menu";

export interface DropdownMenuCheckboxItemProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.CheckboxItem
> {
  /** Checked state; `"indeterminate"` shows a dash. Use with `onCheckedChange`. */
  checked?: boolean | "indeterminate";
  /** Called with the new state when the item is toggled. */
  onCheckedChange?: (checked: boolean) => void;
  /**
   * Called when the item is chosen. The menu closes unless you call `event.preventDefault()`
   * (do that to let people toggle several options in a row).
   */
  onSelect?: (event: Event) => void;
  /**
   * Skipped by arrow keys and typeahead, ignores clicks, announced as disabled.
   * @default false
   */
  disabled?: boolean;
}

/** An option that toggles on and off (`role="menuitemcheckbox"`), with a check mark. */
export const DropdownMenuCheckboxItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.CheckboxItem>,
  DropdownMenuCheckboxItemProps
>(function DropdownMenuCheckboxItem({ className, children, checked, ...props }, ref) {
  return (
    <DropdownMenuPrimitive.CheckboxItem
      ref={ref}
      data-slot="dropdown-menu-checkbox-item"
      checked={checked}
      {...props}
      className={cx(dropdownMenuItemVariants(), "nx-dropdown-menu-checkbox-item", className)}
    >
      <span className="nx-dropdown-menu-item__indicator">
        <DropdownMenuPrimitive.ItemIndicator data-slot="dropdown-menu-checkbox-item-indicator">
          {/* 3 of 24 units: the 2-of-16 stroke the menu was designed with. */}
          {checked === "indeterminate" ? (
            <MinusIcon size="sm" strokeWidth={3} />
          ) : (
            <CheckIcon size="sm" strokeWidth={3} />
          )}
        </DropdownMenuPrimitive.ItemIndicator>
      </span>
      {children}
    </DropdownMenuPrimitive.CheckboxItem>
  );
});

export interface DropdownMenuRadioGroupProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.RadioGroup
> {
  /** The selected item's `value`. Use with `onValueChange`. */
  value?: string;
  /** Called with the chosen item's `value`. */
  onValueChange?: (value: string) => void;
}

/** A set of mutually exclusive options; holds the selected `value`. */
export const DropdownMenuRadioGroup = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.RadioGroup>,
  DropdownMenuRadioGroupProps
>(function DropdownMenuRadioGroup(props, ref) {
  return (
    <DropdownMenuPrimitive.RadioGroup ref={ref} data-slot="dropdown-menu-radio-group" {...props} />
  );
});

export interface DropdownMenuRadioItemProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.RadioItem
> {
  /** The value the group reports when this item is chosen. */
  value: string;
  /**
   * Skipped by arrow keys and typeahead, ignores clicks, announced as disabled.
   * @default false
   */
  disabled?: boolean;
}

/** One option of a `DropdownMenuRadioGroup` (`role="menuitemradio"`), with a dot when chosen. */
export const DropdownMenuRadioItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.RadioItem>,
  DropdownMenuRadioItemProps
>(function DropdownMenuRadioItem({ className, children, ...props }, ref) {
  return (
    <DropdownMenuPrimitive.RadioItem
      ref={ref}
      data-slot="dropdown-menu-radio-item"
      {...props}
      className={cx(dropdownMenuItemVariants(), "nx-dropdown-menu-radio-item", className)}
    >
      <span className="nx-dropdown-menu-item__indicator">
        <DropdownMenuPrimitive.ItemIndicator data-slot="dropdown-menu-radio-item-indicator">
          <DotIcon size="sm" className="nx-dropdown-menu-item__dot" />
        </DropdownMenuPrimitive.ItemIndicator>
      </span>
      {children}
    </DropdownMenuPrimitive.RadioItem>
  );
});
