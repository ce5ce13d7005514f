"use client";

import { CheckIcon, ChevronRightIcon, DotIcon, MinusIcon } from "@nexod/icons";
import * as ContextMenuPrimitive from "@radix-ui/react-context-menu";
import { cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { usePortalTheme } from "../theme/theme-context";
import { menuClasses, menuItemDefaults, menuItemVariants } from "../../shared/menu-classes";
import type { OpenStateProps } from "../../shared/open-state";

/**
 * Class names of a context-menu item: the dropdown menu's (src/shared/menu-classes.ts), so the
 * two menus look the same.
 */
export const contextMenuItemVariants = menuItemVariants;

export interface ContextMenuProps
  extends
    Omit<React.ComponentPropsWithoutRef<typeof ContextMenuPrimitive.Root>, "onOpenChange">,
    Pick<OpenStateProps, "onOpenChange"> {
  /**
   * While open, make the rest of the page inert to pointers and screen readers.
   * @default true
   */
  modal?: boolean;
  /** Reading direction; submenus open to the left in `rtl`. Inherits from a `DirectionProvider`. */
  dir?: "ltr" | "rtl";
}

/**
 * A menu of actions on an area (a file, a row, a canvas), opened at the pointer with a right
 * click or a long press, or from the keyboard with Shift+F10 or the context-menu key. It opens
 * only from a user gesture, so it takes `onOpenChange` but no `open`. Every action must also be
 * reachable elsewhere (a toolbar, a `DropdownMenu`): many people never right-click.
 * Renders no element of its own, so it takes no ref.
 */
export function ContextMenu(props: ContextMenuProps) {
  return <ContextMenuPrimitive.Root {...props} />;
}

export interface ContextMenuTriggerProps extends React.ComponentPropsWithoutRef<
  typeof ContextMenuPrimitive.Trigger
> {
  /**
   * Render the single child element as the area instead of a `<span>`.
   * @default false
   */
  asChild?: boolean;
  /**
   * Let the browser's own menu open instead.
   * @default false
   */
  disabled?: boolean;
}

/** The area a right click (or long press) opens the menu on. */
export const ContextMenuTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.Trigger>,
  ContextMenuTriggerProps
>(function ContextMenuTrigger(props, ref) {
  return <ContextMenuPrimitive.Trigger ref={ref} data-slot="context-menu-trigger" {...props} />;
});

export interface ContextMenuContentProps extends React.ComponentPropsWithoutRef<
  typeof ContextMenuPrimitive.Content
> {
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

/** The menu surface, portalled above the page at the pointer. */
export const ContextMenuContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.Content>,
  ContextMenuContentProps
>(function ContextMenuContent({ className, container, ...props }, ref) {
  const portalTheme = usePortalTheme();
  return (
    <ContextMenuPrimitive.Portal container={container}>
      <ContextMenuPrimitive.Content
        ref={ref}
        data-slot="context-menu-content"
        {...portalTheme}
        {...props}
        className={cx(menuClasses.content, "nx-context-menu-content", className)}
      />
    </ContextMenuPrimitive.Portal>
  );
});

export interface ContextMenuGroupProps extends React.ComponentPropsWithoutRef<
  typeof ContextMenuPrimitive.Group
> {
  /** Merge the group's props onto its single child instead of rendering a `<div>`. */
  asChild?: boolean;
}

/** Groups related items (`role="group"`); name it with `aria-label` or follow a label. */
export const ContextMenuGroup = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.Group>,
  ContextMenuGroupProps
>(function ContextMenuGroup(props, ref) {
  return <ContextMenuPrimitive.Group ref={ref} data-slot="context-menu-group" {...props} />;
});

export interface ContextMenuItemProps
  extends
    React.ComponentPropsWithoutRef<typeof ContextMenuPrimitive.Item>,
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
export const ContextMenuItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.Item>,
  ContextMenuItemProps
>(function ContextMenuItem({ className, inset = false, variant, ...props }, ref) {
  return (
    <ContextMenuPrimitive.Item
      ref={ref}
      data-slot="context-menu-item"
      data-variant={variant ?? menuItemDefaults.variant}
      data-inset={inset || undefined}
      {...props}
      className={cx(menuItemVariants({ variant }), className)}
    />
  );
});

export interface ContextMenuCheckboxItemProps extends React.ComponentPropsWithoutRef<
  typeof ContextMenuPrimitive.CheckboxItem
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
export const ContextMenuCheckboxItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.CheckboxItem>,
  ContextMenuCheckboxItemProps
>(function ContextMenuCheckboxItem({ className, children, checked, ...props }, ref) {
  return (
    <ContextMenuPrimitive.CheckboxItem
      ref={ref}
      data-slot="context-menu-checkbox-item"
      checked={checked}
      {...props}
      className={cx(menuItemVariants(), menuClasses.checkboxItem, className)}
    >
      <span className={menuClasses.itemIndicator}>
        <ContextMenuPrimitive.ItemIndicator data-slot="context-menu-checkbox-item-indicator">
          {checked === "indeterminate" ? (
            <MinusIcon size="sm" strokeWidth={3} />
          ) : (
            <CheckIcon size="sm" strokeWidth={3} />
          )}
        </ContextMenuPrimitive.ItemIndicator>
      </span>
      {children}
    </ContextMenuPrimitive.CheckboxItem>
  );
});

export interface ContextMenuRadioGroupProps extends React.ComponentPropsWithoutRef<
  typeof ContextMenuPrimitive.RadioGroup
> {
  /** The selected item's `value`. Use with `onValueChange`. */
  value?: string;
  /** Called with the chosen item's `value`. */
  onValueChange?: (value: string) => void;
}

/** A set of mutually exclusive options; holds the selected `value`. */
export const ContextMenuRadioGroup = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.RadioGroup>,
  ContextMenuRadioGroupProps
>(function ContextMenuRadioGroup(props, ref) {
  return (
    <ContextMenuPrimitive.RadioGroup ref={ref} data-slot="context-menu-radio-group" {...props} />
  );
});

export interface ContextMenuRadioItemProps extends React.ComponentPropsWithoutRef<
  typeof ContextMenuPrimitive.RadioItem
> {
  /** The value the group reports when this item is chosen. */
  value: string;
  /**
   * Skipped by arrow keys and typeahead, ignores clicks, announced as disabled.
   * @default false
   */
  disabled?: boolean;
}

/** One option of a `ContextMenuRadioGroup` (`role="menuitemradio"`), with a dot when chosen. */
export const ContextMenuRadioItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.RadioItem>,
  ContextMenuRadioItemProps
>(function ContextMenuRadioItem({ className, children, ...props }, ref) {
  return (
    <ContextMenuPrimitive.RadioItem
      ref={ref}
      data-slot="context-menu-radio-item"
      {...props}
      className={cx(menuItemVariants(), menuClasses.radioItem, className)}
    >
      <span className={menuClasses.itemIndicator}>
        <ContextMenuPrimitive.ItemIndicator data-slot="context-menu-radio-item-indicator">
          <DotIcon size="sm" className={menuClasses.itemDot} />
        </ContextMenuPrimitive.ItemIndicator>
      </span>
      {children}
    </ContextMenuPrimitive.RadioItem>
  );
});

export interface ContextMenuLabelProps extends React.ComponentPropsWithoutRef<
  typeof ContextMenuPrimitive.Label
> {
  /**
   * Indent the text to line up with checkbox and radio items.
   * @default false
   */
  inset?: boolean;
}

/** A heading for the items below it. Not focusable; skipped by arrow keys. */
export const ContextMenuLabel = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.Label>,
  ContextMenuLabelProps
>(function ContextMenuLabel({ className, inset = false, ...props }, ref) {
  return (
    <ContextMenuPrimitive.Label
      ref={ref}
      data-slot="context-menu-label"
      data-inset={inset || undefined}
      {...props}
      className={cx(menuClasses.label, className)}
    />
  );
});

export type ContextMenuSeparatorProps = React.ComponentPropsWithoutRef<
  typeof ContextMenuPrimitive.Separator
>;

/** A line between groups of items (`role="separator"`). */
export const ContextMenuSeparator = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.Separator>,
  ContextMenuSeparatorProps
>(function ContextMenuSeparator({ className, ...props }, ref) {
  return (
    <ContextMenuPrimitive.Separator
      ref={ref}
      data-slot="context-menu-separator"
      {...props}
      className={cx(menuClasses.separator, className)}
    />
  );
});

export type ContextMenuShortcutProps = React.HTMLAttributes<HTMLElement>;

/**
 * The keyboard shortcut of an item, shown at its end as a `<kbd>`. It stays in the item's name
 * ("Copy Ctrl+C") so screen-reader users learn it too; list only shortcuts the product binds.
 */
export const ContextMenuShortcut = /* @__PURE__ */ React.forwardRef<
  HTMLElement,
  ContextMenuShortcutProps
>(function ContextMenuShortcut({ className, ...props }, ref) {
  return (
    <kbd
      ref={ref}
      data-slot="context-menu-shortcut"
      {...props}
      className={cx(menuClasses.shortcut, className)}
    />
  );
});

export interface ContextMenuSubProps
  extends React.ComponentPropsWithoutRef<typeof ContextMenuPrimitive.Sub>, OpenStateProps {}

/** A nested menu: wraps a `ContextMenuSubTrigger` and a `ContextMenuSubContent`. No ref. */
export function ContextMenuSub(props: ContextMenuSubProps) {
  return <ContextMenuPrimitive.Sub {...props} />;
}

export interface ContextMenuSubTriggerProps extends React.ComponentPropsWithoutRef<
  typeof ContextMenuPrimitive.SubTrigger
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
export const ContextMenuSubTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.SubTrigger>,
  ContextMenuSubTriggerProps
>(function ContextMenuSubTrigger({ className, inset = false, children, ...props }, ref) {
  return (
    <ContextMenuPrimitive.SubTrigger
      ref={ref}
      data-slot="context-menu-sub-trigger"
      data-inset={inset || undefined}
      {...props}
      className={cx(menuItemVariants(), menuClasses.subTrigger, className)}
    >
      {children}
      <ChevronRightIcon size="sm" className={menuClasses.subTriggerChevron} />
    </ContextMenuPrimitive.SubTrigger>
  );
});

export interface ContextMenuSubContentProps extends React.ComponentPropsWithoutRef<
  typeof ContextMenuPrimitive.SubContent
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
export const ContextMenuSubContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ContextMenuPrimitive.SubContent>,
  ContextMenuSubContentProps
>(function ContextMenuSubContent(
  { className, sideOffset = 4, alignOffset = -5, container, ...props },
  ref,
) {
  const portalTheme = usePortalTheme();
  return (
    <ContextMenuPrimitive.Portal container={container}>
      <ContextMenuPrimitive.SubContent
        ref={ref}
        data-slot="context-menu-sub-content"
        sideOffset={sideOffset}
        alignOffset={alignOffset}
        {...portalTheme}
        {...props}
        className={cx(
          menuClasses.content,
          menuClasses.subContent,
          "nx-context-menu-content",
          className,
        )}
      />
    </ContextMenuPrimitive.Portal>
  );
});
