"use client";

import * as DropdownMenuPrimitive from "@radix-ui/react-dropdown-menu";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { usePortalTheme } from "../theme/theme-context";
import { menuClasses, menuItemDefaults, menuItemVariants } from "../../shared/menu-classes";
import type { OpenStateProps } from "../../shared/open-state";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = menuItemDefaults;

/**
 * The menu and submenu surface (styles: dropdown-menu.css). The scale animations run only
 * without reduced motion: `motion-reduce:animate-none` alone would lose to the
 * `[data-state=…]` rules (higher specificity).
 */
export const dropdownMenuContentVariants = /* @__PURE__ */ cva(menuClasses.content);

/**
 * Class names of a menu item's look (styles: dropdown-menu.css): the one set ContextMenu and
 * Menubar render too (`src/shared/menu-classes.ts`).
 */
export const dropdownMenuItemVariants = menuItemVariants;

export interface DropdownMenuProps
  extends React.ComponentPropsWithoutRef<typeof DropdownMenuPrimitive.Root>, OpenStateProps {
  /**
   * While open, make the rest of the page inert to pointers and screen readers.
   * @default true
   */
  modal?: boolean;
  /** Reading direction; submenus open to the left in `rtl`. Inherits from a `DirectionProvider`. */
  dir?: "ltr" | "rtl";
}

/**
 * A menu of actions or options opened from a button (WAI-ARIA menu button pattern). Renders no
 * element of its own, so it takes no ref.
 */
export function DropdownMenu(props: DropdownMenuProps) {
  return <DropdownMenuPrimitive.Root {...props} />;
}

export interface DropdownMenuTriggerProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.Trigger
> {
  /**
   * Render the single child element (usually a `Button`) as the trigger instead of a bare
   * `<button>`. It receives `aria-haspopup`, `aria-expanded` and the open/close handlers.
   * @default false
   */
  asChild?: boolean;
}

/** The button that opens the menu: Enter, Space, ArrowDown or a click. */
export const DropdownMenuTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Trigger>,
  DropdownMenuTriggerProps
>(function DropdownMenuTrigger(props, ref) {
  return <DropdownMenuPrimitive.Trigger ref={ref} data-slot="dropdown-menu-trigger" {...props} />;
});

export interface DropdownMenuPortalProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.Portal
> {
  /**
   * Element to render the menu into.
   * @default document.body
   */
  container?: HTMLElement | null;
}

/**
 * Renders its content at the end of `document.body` (or `container`). `DropdownMenuContent` and
 * `DropdownMenuSubContent` already use it; reach for it only to change the container.
 */
export function DropdownMenuPortal(props: DropdownMenuPortalProps) {
  return <DropdownMenuPrimitive.Portal {...props} />;
}

export interface DropdownMenuContentProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.Content
> {
  /**
   * Gap between the trigger and the menu, in px.
   * @default 4
   */
  sideOffset?: number;
  /**
   * Alignment against the trigger.
   * @default "start"
   */
  align?: "start" | "center" | "end";
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

/** The menu surface, portalled above the page and placed next to the trigger. */
export const DropdownMenuContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Content>,
  DropdownMenuContentProps
>(function DropdownMenuContent(
  { className, sideOffset = 4, align = "start", container, ...props },
  ref,
) {
  const portalTheme = usePortalTheme();
  return (
    <DropdownMenuPortal container={container}>
      <DropdownMenuPrimitive.Content
        ref={ref}
        data-slot="dropdown-menu-content"
        sideOffset={sideOffset}
        align={align}
        {...portalTheme}
        {...props}
        className={cx(dropdownMenuContentVariants(), className)}
      />
    </DropdownMenuPortal>
  );
});

export interface DropdownMenuGroupProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.Group
> {
  /** Merge the group's props onto its single child instead of rendering a `<div>`. */
  asChild?: boolean;
}

/** Groups related items (`role="group"`); name it with `aria-label` or follow a label. */
export const DropdownMenuGroup = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Group>,
  DropdownMenuGroupProps
>(function DropdownMenuGroup(props, ref) {
  return <DropdownMenuPrimitive.Group ref={ref} data-slot="dropdown-menu-group" {...props} />;
});

export interface DropdownMenuItemProps
  extends
    React.ComponentPropsWithoutRef<typeof DropdownMenuPrimitive.Item>,
    VariantProps<typeof dropdownMenuItemVariants> {
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
export const DropdownMenuItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Item>,
  DropdownMenuItemProps
>(function DropdownMenuItem({ className, inset = false, variant, ...props }, ref) {
  return (
    <DropdownMenuPrimitive.Item
      ref={ref}
      data-slot="dropdown-menu-item"
      data-variant={variant ?? defaults.variant}
      data-inset={inset || undefined}
      {...props}
      className={cx(dropdownMenuItemVariants({ variant }), className)}
    />
  );
});

export interface DropdownMenuLabelProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.Label
> {
  /**
   * Indent the text to line up with checkbox and radio items.
   * @default false
   */
  inset?: boolean;
}

/** A heading for the items below it. Not focusable; skipped by arrow keys. */
export const DropdownMenuLabel = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Label>,
  DropdownMenuLabelProps
>(function DropdownMenuLabel({ className, inset = false, ...props }, ref) {
  return (
    <DropdownMenuPrimitive.Label
      ref={ref}
      data-slot="dropdown-menu-label"
      data-inset={inset || undefined}
      {...props}
      className={cx(menuClasses.label, className)}
    />
  );
});

export type DropdownMenuSeparatorProps = React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.Separator
>;

/** A line between groups of items (`role="separator"`). */
export const DropdownMenuSeparator = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Separator>,
  DropdownMenuSeparatorProps
>(function DropdownMenuSeparator({ className, ...props }, ref) {
  return (
    <DropdownMenuPrimitive.Separator
      ref={ref}
      data-slot="dropdown-menu-separator"
      {...props}
      className={cx(menuClasses.separator, className)}
    />
  );
});

export type DropdownMenuShortcutProps = React.HTMLAttributes<HTMLElement>;

/**
 * The keyboard shortcut of an item, shown at its end as a `<kbd>`. It stays in the
 * accessibility tree on purpose: the shortcut becomes part of the item's name ("Copy Ctrl+C"),
 * so screen-reader users learn it too. Spell modifiers as words or symbols people can hear
 * ("Ctrl+C", "⌘C"), and only list shortcuts the product really binds.
 */
export const DropdownMenuShortcut = /* @__PURE__ */ React.forwardRef<
  HTMLElement,
  DropdownMenuShortcutProps
>(function DropdownMenuShortcut({ className, ...props }, ref) {
  return (
    <kbd
      ref={ref}
      data-slot="dropdown-menu-shortcut"
      {...props}
      className={cx(menuClasses.shortcut, className)}
    />
  );
});
