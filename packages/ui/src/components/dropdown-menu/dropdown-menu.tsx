"use client";

import * as DropdownMenuPrimitive from "@radix-ui/react-dropdown-menu";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/**
 * The menu and submenu surface. The scale animations run only without reduced motion:
 * `motion-reduce:animate-none` alone would lose to the `data-[state=…]` rules (higher specificity).
 */
export const dropdownMenuContentVariants = cva([
  "nx:z-(--nx-z-dropdown) nx:min-w-32 nx:overflow-x-hidden nx:overflow-y-auto nx:p-1",
  "nx:rounded-md nx:border nx:border-border nx:bg-raised nx:text-raised-foreground nx:shadow-lg",
  "nx:font-sans nx:text-sm nx:outline-none",
  "nx:origin-(--radix-dropdown-menu-content-transform-origin)",
  "nx:motion-safe:data-[state=open]:animate-scale-in nx:motion-safe:data-[state=closed]:animate-scale-out",
]);

export const dropdownMenuItemVariants = cva(
  [
    "nx:group/dropdown-menu-item nx:relative nx:flex nx:cursor-default nx:select-none nx:items-center nx:gap-2",
    "nx:rounded-sm nx:px-2 nx:py-1.5 nx:font-sans nx:text-sm nx:outline-none nx:data-inset:ps-8",
    "nx:data-disabled:pointer-events-none nx:data-disabled:opacity-50",
    "nx:[&_svg]:pointer-events-none nx:[&_svg]:size-4 nx:[&_svg]:shrink-0",
  ],
  {
    variants: {
      /**
       * Meaning of the item. `destructive` marks a dangerous or irreversible action (delete,
       * revoke): its icons use the destructive colour and its highlight the destructive pair.
       */
      variant: {
        default: "nx:data-highlighted:bg-accent nx:data-highlighted:text-accent-foreground",
        destructive: [
          "nx:[&_svg]:text-destructive nx:data-highlighted:bg-destructive",
          "nx:data-highlighted:text-destructive-foreground nx:data-highlighted:[&_svg]:text-current",
        ],
      },
    },
    defaultVariants: { variant: "default" },
  },
);

export interface DropdownMenuProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.Root
> {
  /** Whether the menu is open. Use with `onOpenChange` to control it. */
  open?: boolean;
  /**
   * Whether the menu is open on first render, when you do not control it.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when the menu opens or closes. */
  onOpenChange?: (open: boolean) => void;
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
DropdownMenu.displayName = "DropdownMenu";

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
export const DropdownMenuTrigger = React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Trigger>,
  DropdownMenuTriggerProps
>((props, ref) => (
  <DropdownMenuPrimitive.Trigger ref={ref} data-slot="dropdown-menu-trigger" {...props} />
));
DropdownMenuTrigger.displayName = "DropdownMenuTrigger";

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
DropdownMenuPortal.displayName = "DropdownMenuPortal";

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
export const DropdownMenuContent = React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Content>,
  DropdownMenuContentProps
>(({ className, sideOffset = 4, align = "start", container, ...props }, ref) => (
  <DropdownMenuPrimitive.Portal container={container}>
    <DropdownMenuPrimitive.Content
      ref={ref}
      data-slot="dropdown-menu-content"
      sideOffset={sideOffset}
      align={align}
      {...props}
      className={cx(
        dropdownMenuContentVariants(),
        "nx:max-h-(--radix-dropdown-menu-content-available-height)",
        className,
      )}
    />
  </DropdownMenuPrimitive.Portal>
));
DropdownMenuContent.displayName = "DropdownMenuContent";

export interface DropdownMenuGroupProps extends React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.Group
> {
  /** Merge the group's props onto its single child instead of rendering a `<div>`. */
  asChild?: boolean;
}

/** Groups related items (`role="group"`); name it with `aria-label` or follow a label. */
export const DropdownMenuGroup = React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Group>,
  DropdownMenuGroupProps
>((props, ref) => (
  <DropdownMenuPrimitive.Group ref={ref} data-slot="dropdown-menu-group" {...props} />
));
DropdownMenuGroup.displayName = "DropdownMenuGroup";

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
export const DropdownMenuItem = React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Item>,
  DropdownMenuItemProps
>(({ className, inset = false, variant, ...props }, ref) => (
  <DropdownMenuPrimitive.Item
    ref={ref}
    data-slot="dropdown-menu-item"
    data-variant={variant ?? "default"}
    data-inset={inset || undefined}
    {...props}
    className={cx(dropdownMenuItemVariants({ variant }), className)}
  />
));
DropdownMenuItem.displayName = "DropdownMenuItem";

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
export const DropdownMenuLabel = React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Label>,
  DropdownMenuLabelProps
>(({ className, inset = false, ...props }, ref) => (
  <DropdownMenuPrimitive.Label
    ref={ref}
    data-slot="dropdown-menu-label"
    data-inset={inset || undefined}
    {...props}
    className={cx(
      "nx:px-2 nx:py-1.5 nx:font-sans nx:text-xs nx:font-semibold nx:text-muted-foreground nx:data-inset:ps-8",
      className,
    )}
  />
));
DropdownMenuLabel.displayName = "DropdownMenuLabel";

export type DropdownMenuSeparatorProps = React.ComponentPropsWithoutRef<
  typeof DropdownMenuPrimitive.Separator
>;

/** A line between groups of items (`role="separator"`). */
export const DropdownMenuSeparator = React.forwardRef<
  React.ComponentRef<typeof DropdownMenuPrimitive.Separator>,
  DropdownMenuSeparatorProps
>(({ className, ...props }, ref) => (
  <DropdownMenuPrimitive.Separator
    ref={ref}
    data-slot="dropdown-menu-separator"
    {...props}
    className={cx("nx:-mx-1 nx:my-1 nx:h-px nx:bg-border", className)}
  />
));
DropdownMenuSeparator.displayName = "DropdownMenuSeparator";

export type DropdownMenuShortcutProps = React.HTMLAttributes<HTMLElement>;

/**
 * The keyboard shortcut of an item, shown at its end as a `<kbd>`. It stays in the
 * accessibility tree on purpose: the shortcut becomes part of the item's name ("Copy Ctrl+C"),
 * so screen-reader users learn it too. Spell modifiers as words or symbols people can hear
 * ("Ctrl+C", "⌘C"), and only list shortcuts the product really binds.
 */
export const DropdownMenuShortcut = React.forwardRef<HTMLElement, DropdownMenuShortcutProps>(
  ({ className, ...props }, ref) => (
    <kbd
      ref={ref}
      data-slot="dropdown-menu-shortcut"
      {...props}
      className={cx(
        "nx:ms-auto nx:ps-4 nx:font-mono nx:text-xs nx:text-muted-foreground",
        "nx:group-data-highlighted/dropdown-menu-item:text-current",
        className,
      )}
    />
  ),
);
DropdownMenuShortcut.displayName = "DropdownMenuShortcut";
