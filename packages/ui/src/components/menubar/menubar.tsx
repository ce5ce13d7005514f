"use client";

import { CheckIcon, ChevronRightIcon, DotIcon, MinusIcon } from "@nexod/icons";
import * as MenubarPrimitive from "@radix-ui/react-menubar";
import { cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { usePortalTheme } from "../theme/theme-context";
import { menuClasses, menuItemDefaults, menuItemVariants } from "../../shared/menu-classes";
import type { OpenStateProps } from "../../shared/open-state";

/**
 * Class names of a menubar item: the dropdown menu's (src/shared/menu-classes.ts), so the
 * menus look the same.
 */
export const menubarItemVariants = menuItemVariants;

export interface MenubarProps extends React.ComponentPropsWithoutRef<typeof MenubarPrimitive.Root> {
  /** The `value` of the open menu (`""` when none is). Use with `onValueChange`. */
  value?: string;
  /**
   * The menu open on first render, when you do not control it.
   * @default ""
   */
  defaultValue?: string;
  /** Called with the `value` of the menu that opens, or `""` when the open one closes. */
  onValueChange?: (value: string) => void;
  /**
   * Whether ArrowLeft and ArrowRight wrap from the last menu to the first and back.
   * @default true
   */
  loop?: boolean;
  /** Reading direction; arrows and submenus follow it. Inherits from a `DirectionProvider`. */
  dir?: "ltr" | "rtl";
}

/**
 * A horizontal bar of menus (File, Edit, View…), as in a desktop application (WAI-ARIA menubar
 * pattern, `role="menubar"`). Tab reaches the bar once; ArrowLeft and ArrowRight move between
 * menus (and, with one open, open the next); Enter, Space or ArrowDown open a menu. Name it
 * with `aria-label` when the page has more than one.
 */
export const Menubar = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.Root>,
  MenubarProps
>(function Menubar({ className, ...props }, ref) {
  return (
    <MenubarPrimitive.Root
      ref={ref}
      data-slot="menubar"
      {...props}
      className={cx("nx-menubar", className)}
    />
  );
});

export interface MenubarMenuProps extends React.ComponentPropsWithoutRef<
  typeof MenubarPrimitive.Menu
> {
  /** Identifies the menu for the bar's `value`; generated when not given. */
  value?: string;
}

/** One menu of the bar: a `MenubarTrigger` and its `MenubarContent`. Renders no element, no ref. */
export function MenubarMenu(props: MenubarMenuProps) {
  return <MenubarPrimitive.Menu {...props} />;
}

export type MenubarTriggerProps = React.ComponentPropsWithoutRef<typeof MenubarPrimitive.Trigger>;

/** The menu's button in the bar (`role="menuitem"` with `aria-haspopup="menu"`). */
export const MenubarTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.Trigger>,
  MenubarTriggerProps
>(function MenubarTrigger({ className, ...props }, ref) {
  return (
    <MenubarPrimitive.Trigger
      ref={ref}
      data-slot="menubar-trigger"
      {...props}
      className={cx("nx-menubar-trigger nx-focus-ring", className)}
    />
  );
});

export interface MenubarContentProps extends React.ComponentPropsWithoutRef<
  typeof MenubarPrimitive.Content
> {
  /**
   * Alignment against the trigger.
   * @default "start"
   */
  align?: "start" | "center" | "end";
  /**
   * Gap between the trigger and the menu, in px.
   * @default 8
   */
  sideOffset?: number;
  /**
   * Shift along the bar, in px; the default lines the menu up with the bar's edge.
   * @default -4
   */
  alignOffset?: number;
  /**
   * Whether arrow keys wrap from the last item to the first and back.
   * @default false
   */
  loop?: boolean;
  /**
   * Element to portal the menu into.
   * @default document.body
   */
  container?: HTMLElement | null;
}

/** The menu surface, portalled above the page below its trigger. */
export const MenubarContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.Content>,
  MenubarContentProps
>(function MenubarContent(
  { className, align = "start", sideOffset = 8, alignOffset = -4, container, ...props },
  ref,
) {
  const portalTheme = usePortalTheme();
  return (
    <MenubarPrimitive.Portal container={container}>
      <MenubarPrimitive.Content
        ref={ref}
        data-slot="menubar-content"
        align={align}
        sideOffset={sideOffset}
        alignOffset={alignOffset}
        {...portalTheme}
        {...props}
        className={cx(menuClasses.content, "nx-menubar-content", className)}
      />
    </MenubarPrimitive.Portal>
  );
});

export interface MenubarGroupProps extends React.ComponentPropsWithoutRef<
  typeof MenubarPrimitive.Group
> {
  /** Merge the group's props onto its single child instead of rendering a `<div>`. */
  asChild?: boolean;
}

/** Groups related items (`role="group"`); name it with `aria-label` or follow a label. */
export const MenubarGroup = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.Group>,
  MenubarGroupProps
>(function MenubarGroup(props, ref) {
  return <MenubarPrimitive.Group ref={ref} data-slot="menubar-group" {...props} />;
});

export interface MenubarItemProps
  extends
    React.ComponentPropsWithoutRef<typeof MenubarPrimitive.Item>,
    VariantProps<typeof menuItemVariants> {
  /**
   * Indent the text to line up with checkbox and radio items.
   * @default false
   */
  inset?: boolean;
  /**
   * Called when the item is chosen (Enter, Space or a click). The menu then closes unless you
   * call `event.preventDefault()`.
   */
  onSelect?: (event: Event) => void;
  /**
   * Skipped by arrow keys and typeahead, ignores clicks, announced as disabled.
   * @default false
   */
  disabled?: boolean;
  /** Text for typeahead when the content is not plain text (an icon, a shortcut first…). */
  textValue?: string;
}

/** An action in the menu (`role="menuitem"`). */
export const MenubarItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.Item>,
  MenubarItemProps
>(function MenubarItem({ className, inset = false, variant, ...props }, ref) {
  return (
    <MenubarPrimitive.Item
      ref={ref}
      data-slot="menubar-item"
      data-variant={variant ?? menuItemDefaults.variant}
      data-inset={inset || undefined}
      {...props}
      className={cx(menuItemVariants({ variant }), className)}
    />
  );
});

export interface MenubarCheckboxItemProps extends React.ComponentPropsWithoutRef<
  typeof MenubarPrimitive.CheckboxItem
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
export const MenubarCheckboxItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.CheckboxItem>,
  MenubarCheckboxItemProps
>(function MenubarCheckboxItem({ className, children, checked, ...props }, ref) {
  return (
    <MenubarPrimitive.CheckboxItem
      ref={ref}
      data-slot="menubar-checkbox-item"
      checked={checked}
      {...props}
      className={cx(menuItemVariants(), menuClasses.checkboxItem, className)}
    >
      <span className={menuClasses.itemIndicator}>
        <MenubarPrimitive.ItemIndicator data-slot="menubar-checkbox-item-indicator">
          {checked === "indeterminate" ? (
            <MinusIcon size="sm" strokeWidth={3} />
          ) : (
            <CheckIcon size="sm" strokeWidth={3} />
          )}
        </MenubarPrimitive.ItemIndicator>
      </span>
      {children}
    </MenubarPrimitive.CheckboxItem>
  );
});

export interface MenubarRadioGroupProps extends React.ComponentPropsWithoutRef<
  typeof MenubarPrimitive.RadioGroup
> {
  /** The selected item's `value`. Use with `onValueChange`. */
  value?: string;
  /** Called with the chosen item's `value`. */
  onValueChange?: (value: string) => void;
}

/** A set of mutually exclusive options; holds the selected `value`. */
export const MenubarRadioGroup = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.RadioGroup>,
  MenubarRadioGroupProps
>(function MenubarRadioGroup(props, ref) {
  return <MenubarPrimitive.RadioGroup ref={ref} data-slot="menubar-radio-group" {...props} />;
});

export interface MenubarRadioItemProps extends React.ComponentPropsWithoutRef<
  typeof MenubarPrimitive.RadioItem
> {
  /** The value the group reports when this item is chosen. */
  value: string;
  /**
   * Skipped by arrow keys and typeahead, ignores clicks, announced as disabled.
   * @default false
   */
  disabled?: boolean;
}

/** One option of a `MenubarRadioGroup` (`role="menuitemradio"`), with a dot when chosen. */
export const MenubarRadioItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.RadioItem>,
  MenubarRadioItemProps
>(function MenubarRadioItem({ className, children, ...props }, ref) {
  return (
    <MenubarPrimitive.RadioItem
      ref={ref}
      data-slot="menubar-radio-item"
      {...props}
      className={cx(menuItemVariants(), menuClasses.radioItem, className)}
    >
      <span className={menuClasses.itemIndicator}>
        <MenubarPrimitive.ItemIndicator data-slot="menubar-radio-item-indicator">
          <DotIcon size="sm" className={menuClasses.itemDot} />
        </MenubarPrimitive.ItemIndicator>
      </span>
      {children}
    </MenubarPrimitive.RadioItem>
  );
});

export interface MenubarLabelProps extends React.ComponentPropsWithoutRef<
  typeof MenubarPrimitive.Label
> {
  /**
   * Indent the text to line up with checkbox and radio items.
   * @default false
   */
  inset?: boolean;
}

/** A heading for the items below it. Not focusable; skipped by arrow keys. */
export const MenubarLabel = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.Label>,
  MenubarLabelProps
>(function MenubarLabel({ className, inset = false, ...props }, ref) {
  return (
    <MenubarPrimitive.Label
      ref={ref}
      data-slot="menubar-label"
      data-inset={inset || undefined}
      {...props}
      className={cx(menuClasses.label, className)}
    />
  );
});

export type MenubarSeparatorProps = React.ComponentPropsWithoutRef<
  typeof MenubarPrimitive.Separator
>;

/** A line between groups of items (`role="separator"`). */
export const MenubarSeparator = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.Separator>,
  MenubarSeparatorProps
>(function MenubarSeparator({ className, ...props }, ref) {
  return (
    <MenubarPrimitive.Separator
      ref={ref}
      data-slot="menubar-separator"
      {...props}
      className={cx(menuClasses.separator, className)}
    />
  );
});

export type MenubarShortcutProps = React.HTMLAttributes<HTMLElement>;

/**
 * The keyboard shortcut of an item, shown at its end as a `<kbd>`. It stays in the item's name
 * ("Copy Ctrl+C") so screen-reader users learn it too; list only shortcuts the product binds.
 */
export const MenubarShortcut = /* @__PURE__ */ React.forwardRef<HTMLElement, MenubarShortcutProps>(
  function MenubarShortcut({ className, ...props }, ref) {
    return (
      <kbd
        ref={ref}
        data-slot="menubar-shortcut"
        {...props}
        className={cx(menuClasses.shortcut, className)}
      />
    );
  },
);

export interface MenubarSubProps
  extends React.ComponentPropsWithoutRef<typeof MenubarPrimitive.Sub>, OpenStateProps {}

/** A nested menu: wraps a `MenubarSubTrigger` and a `MenubarSubContent`. No ref. */
export function MenubarSub(props: MenubarSubProps) {
  return <MenubarPrimitive.Sub {...props} />;
}

export interface MenubarSubTriggerProps extends React.ComponentPropsWithoutRef<
  typeof MenubarPrimitive.SubTrigger
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
export const MenubarSubTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.SubTrigger>,
  MenubarSubTriggerProps
>(function MenubarSubTrigger({ className, inset = false, children, ...props }, ref) {
  return (
    <MenubarPrimitive.SubTrigger
      ref={ref}
      data-slot="menubar-sub-trigger"
      data-inset={inset || undefined}
      {...props}
      className={cx(menuItemVariants(), menuClasses.subTrigger, className)}
    >
      {children}
      <ChevronRightIcon size="sm" className={menuClasses.subTriggerChevron} />
    </MenubarPrimitive.SubTrigger>
  );
});

export interface MenubarSubContentProps extends React.ComponentPropsWithoutRef<
  typeof MenubarPrimitive.SubContent
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
export const MenubarSubContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof MenubarPrimitive.SubContent>,
  MenubarSubContentProps
>(function MenubarSubContent(
  { className, sideOffset = 4, alignOffset = -5, container, ...props },
  ref,
) {
  const portalTheme = usePortalTheme();
  return (
    <MenubarPrimitive.Portal container={container}>
      <MenubarPrimitive.SubContent
        ref={ref}
        data-slot="menubar-sub-content"
        sideOffset={sideOffset}
        alignOffset={alignOffset}
        {...portalTheme}
        {...props}
        className={cx(menuClasses.content, menuClasses.subContent, "nx-menubar-content", className)}
      />
    </MenubarPrimitive.Portal>
  );
});
