"use client";

import * as SelectPrimitive from "@radix-ui/react-select";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export const selectTriggerVariants = cva(
  [
    "nx:inline-flex nx:w-full nx:min-w-0 nx:items-center nx:justify-between nx:gap-2 nx:whitespace-nowrap",
    "nx:rounded-md nx:border nx:border-input nx:bg-background nx:font-sans nx:text-foreground",
    "nx:cursor-pointer nx:select-none nx:transition-colors nx:outline-none",
    "nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
    "nx:data-placeholder:text-muted-foreground",
    "nx:aria-invalid:border-destructive nx:aria-invalid:focus-visible:ring-destructive",
    "nx:disabled:cursor-not-allowed nx:disabled:bg-disabled nx:disabled:text-disabled-foreground",
  ],
  {
    variants: {
      /** Height, padding and type size; the same steps as text inputs and buttons. */
      size: {
        sm: "nx:h-8 nx:px-3 nx:text-sm",
        md: "nx:h-10 nx:px-3 nx:text-sm",
        lg: "nx:h-12 nx:px-4 nx:text-base",
      },
    },
    defaultVariants: { size: "md" },
  },
);

function ChevronIcon({ direction }: { direction: "up" | "down" }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className="nx:size-4 nx:shrink-0"
    >
      <path d={direction === "down" ? "m6 9 6 6 6-6" : "m18 15-6-6-6 6"} />
    </svg>
  );
}

export interface SelectProps extends React.ComponentPropsWithoutRef<typeof SelectPrimitive.Root> {
  /** The selected item's `value`. Use with `onValueChange` to control it. */
  value?: string;
  /** The item selected on first render, when you do not control the value. */
  defaultValue?: string;
  /** Called with the new value when the user chooses an item. */
  onValueChange?: (value: string) => void;
  /** Whether the list is open. Use with `onOpenChange` to control it. */
  open?: boolean;
  /**
   * Whether the list is open on first render, when you do not control it.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when the list opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /**
   * Prevents opening the list and changing the value; the trigger is skipped by Tab.
   * @default false
   */
  disabled?: boolean;
  /**
   * Marks the value as required when the select is part of a form.
   * @default false
   */
  required?: boolean;
  /** Name of the value when the select submits with a form. */
  name?: string;
}

/**
 * Choose one value from a list. Label the trigger with a `<label htmlFor>` or `aria-label`;
 * for a handful of options consider a radio group instead.
 */
export function Select(props: SelectProps) {
  return <SelectPrimitive.Root {...props} />;
}
Select.displayName = "Select";

export type SelectGroupProps = React.ComponentPropsWithoutRef<typeof SelectPrimitive.Group>;

/** Groups related items; name the group with a `SelectLabel` inside it. */
export const SelectGroup = React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Group>,
  SelectGroupProps
>((props, ref) => <SelectPrimitive.Group ref={ref} data-slot="select-group" {...props} />);
SelectGroup.displayName = "SelectGroup";

export interface SelectValueProps extends React.ComponentPropsWithoutRef<
  typeof SelectPrimitive.Value
> {
  /** Shown, in the muted colour, while no value is selected. */
  placeholder?: React.ReactNode;
}

/** Shows the selected item's text (or the placeholder) inside the trigger. */
export const SelectValue = React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Value>,
  SelectValueProps
>(({ className, ...props }, ref) => (
  <SelectPrimitive.Value
    ref={ref}
    data-slot="select-value"
    className={cx("nx:min-w-0 nx:truncate", className)}
    {...props}
  />
));
SelectValue.displayName = "SelectValue";

export interface SelectTriggerProps
  extends
    React.ComponentPropsWithoutRef<typeof SelectPrimitive.Trigger>,
    VariantProps<typeof selectTriggerVariants> {}

/**
 * The combobox button that shows the value and opens the list with a click, Enter, Space or the
 * arrow keys. Set `aria-invalid` to show the error state.
 */
export const SelectTrigger = React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Trigger>,
  SelectTriggerProps
>(({ className, size, children, ...props }, ref) => (
  <SelectPrimitive.Trigger
    ref={ref}
    data-slot="select-trigger"
    data-size={size ?? "md"}
    className={cx(selectTriggerVariants({ size }), className)}
    {...props}
  >
    {children}
    <SelectPrimitive.Icon asChild>
      <span data-slot="select-icon" className="nx:inline-flex nx:text-muted-foreground">
        <ChevronIcon direction="down" />
      </span>
    </SelectPrimitive.Icon>
  </SelectPrimitive.Trigger>
));
SelectTrigger.displayName = "SelectTrigger";

export type SelectScrollUpButtonProps = React.ComponentPropsWithoutRef<
  typeof SelectPrimitive.ScrollUpButton
>;

const scrollButtonClasses =
  "nx:flex nx:cursor-default nx:items-center nx:justify-center nx:py-1 nx:text-muted-foreground";

/** Scrolls a long list up while the pointer rests on it. `SelectContent` renders one for you. */
export const SelectScrollUpButton = React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.ScrollUpButton>,
  SelectScrollUpButtonProps
>(({ className, ...props }, ref) => (
  <SelectPrimitive.ScrollUpButton
    ref={ref}
    data-slot="select-scroll-up-button"
    className={cx(scrollButtonClasses, className)}
    {...props}
  >
    <ChevronIcon direction="up" />
  </SelectPrimitive.ScrollUpButton>
));
SelectScrollUpButton.displayName = "SelectScrollUpButton";

export type SelectScrollDownButtonProps = React.ComponentPropsWithoutRef<
  typeof SelectPrimitive.ScrollDownButton
>;

/** Scrolls a long list down while the pointer rests on it. `SelectContent` renders one for you. */
export const SelectScrollDownButton = React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.ScrollDownButton>,
  SelectScrollDownButtonProps
>(({ className, ...props }, ref) => (
  <SelectPrimitive.ScrollDownButton
    ref={ref}
    data-slot="select-scroll-down-button"
    className={cx(scrollButtonClasses, className)}
    {...props}
  >
    <ChevronIcon direction="down" />
  </SelectPrimitive.ScrollDownButton>
));
SelectScrollDownButton.displayName = "SelectScrollDownButton";

export interface SelectContentProps extends React.ComponentPropsWithoutRef<
  typeof SelectPrimitive.Content
> {
  /**
   * `popper` opens the list below the trigger, at least as wide as it; `item-aligned` places
   * the selected item over the trigger, like a native macOS select.
   * @default "popper"
   */
  position?: "popper" | "item-aligned";
  /**
   * Distance in px between the trigger and the list, with `position="popper"`.
   * @default 4
   */
  sideOffset?: number;
}

/**
 * The listbox, in a portal, with scroll buttons for long lists. It animates in only (Radix
 * unmounts it at once on close) and only when the user allows motion.
 */
export const SelectContent = React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Content>,
  SelectContentProps
>(({ className, position = "popper", sideOffset = 4, children, ...props }, ref) => (
  <SelectPrimitive.Portal>
    <SelectPrimitive.Content
      ref={ref}
      data-slot="select-content"
      position={position}
      sideOffset={sideOffset}
      className={cx(
        "nx:relative nx:z-(--nx-z-popover) nx:max-h-(--radix-select-content-available-height) nx:min-w-32 nx:overflow-hidden",
        "nx:rounded-lg nx:border nx:border-border nx:bg-raised nx:font-sans nx:text-raised-foreground nx:shadow-lg",
        "nx:origin-(--radix-select-content-transform-origin)",
        "nx:motion-safe:data-[state=open]:animate-scale-in",
        className,
      )}
      {...props}
    >
      <SelectScrollUpButton />
      <SelectPrimitive.Viewport
        data-slot="select-viewport"
        className={cx(
          "nx:p-1",
          position === "popper" &&
            "nx:h-(--radix-select-trigger-height) nx:w-full nx:min-w-(--radix-select-trigger-width)",
        )}
      >
        {children}
      </SelectPrimitive.Viewport>
      <SelectScrollDownButton />
    </SelectPrimitive.Content>
  </SelectPrimitive.Portal>
));
SelectContent.displayName = "SelectContent";

export type SelectLabelProps = React.ComponentPropsWithoutRef<typeof SelectPrimitive.Label>;

/** Names a `SelectGroup`; not selectable. */
export const SelectLabel = React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Label>,
  SelectLabelProps
>(({ className, ...props }, ref) => (
  <SelectPrimitive.Label
    ref={ref}
    data-slot="select-label"
    className={cx(
      "nx:px-2 nx:py-1.5 nx:font-sans nx:text-xs nx:font-medium nx:text-muted-foreground",
      className,
    )}
    {...props}
  />
));
SelectLabel.displayName = "SelectLabel";

export interface SelectItemProps extends React.ComponentPropsWithoutRef<
  typeof SelectPrimitive.Item
> {
  /** The value this item selects. Must be unique and not an empty string. */
  value: string;
  /**
   * Skipped by the arrow keys and typeahead and cannot be chosen.
   * @default false
   */
  disabled?: boolean;
  /** Text used for typeahead when the children are not plain text. */
  textValue?: string;
}

/** An option; shows a check mark when selected. */
export const SelectItem = React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Item>,
  SelectItemProps
>(({ className, children, ...props }, ref) => (
  <SelectPrimitive.Item
    ref={ref}
    data-slot="select-item"
    className={cx(
      "nx:relative nx:flex nx:w-full nx:cursor-default nx:select-none nx:items-center nx:gap-2",
      "nx:rounded-md nx:py-1.5 nx:pr-8 nx:pl-2 nx:font-sans nx:text-sm nx:outline-none",
      "nx:data-highlighted:bg-accent nx:data-highlighted:text-accent-foreground",
      "nx:data-disabled:pointer-events-none nx:data-disabled:text-disabled-foreground",
      className,
    )}
    {...props}
  >
    <span
      data-slot="select-item-indicator"
      className="nx:absolute nx:right-2 nx:flex nx:size-4 nx:items-center nx:justify-center"
    >
      <SelectPrimitive.ItemIndicator>
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
          className="nx:size-4"
        >
          <path d="M20 6 9 17l-5-5" />
        </svg>
      </SelectPrimitive.ItemIndicator>
    </span>
    <SelectPrimitive.ItemText>{children}</SelectPrimitive.ItemText>
  </SelectPrimitive.Item>
));
SelectItem.displayName = "SelectItem";

export type SelectSeparatorProps = React.ComponentPropsWithoutRef<typeof SelectPrimitive.Separator>;

/** A line between groups of items. */
export const SelectSeparator = React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Separator>,
  SelectSeparatorProps
>(({ className, ...props }, ref) => (
  <SelectPrimitive.Separator
    ref={ref}
    data-slot="select-separator"
    className={cx("nx:pointer-events-none nx:-mx-1 nx:my-1 nx:h-px nx:bg-border", className)}
    {...props}
  />
));
SelectSeparator.displayName = "SelectSeparator";
