"use client";

import * as RadioGroupPrimitive from "@radix-ui/react-radio-group";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export const radioGroupVariants = cva("nx:flex nx:gap-3", {
  variants: {
    /**
     * Layout of the items, also announced as `aria-orientation`. All four arrow keys move
     * between items whatever the orientation, as the WAI-ARIA radio group pattern says.
     */
    orientation: {
      vertical: "nx:flex-col",
      horizontal: "nx:flex-row nx:flex-wrap nx:gap-x-6",
    },
  },
  defaultVariants: { orientation: "vertical" },
});

export const radioGroupItemVariants = cva(
  [
    "nx:peer nx:inline-flex nx:aspect-square nx:shrink-0 nx:items-center nx:justify-center nx:p-0",
    "nx:rounded-full nx:border nx:border-input nx:bg-background nx:text-primary",
    "nx:cursor-pointer nx:transition-colors nx:outline-none nx:data-[state=checked]:border-primary",
    "nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
    "nx:aria-invalid:border-destructive nx:aria-invalid:focus-visible:ring-destructive",
    "nx:disabled:cursor-not-allowed nx:disabled:opacity-50",
  ],
  {
    variants: {
      /** Circle size; the dot scales with it. */
      size: {
        sm: "nx:size-4",
        md: "nx:size-5",
      },
    },
    defaultVariants: { size: "md" },
  },
);

export interface RadioGroupProps
  extends
    Omit<React.ComponentPropsWithoutRef<typeof RadioGroupPrimitive.Root>, "orientation">,
    VariantProps<typeof radioGroupVariants> {
  /** The selected item's `value` when controlled (`null`: none selected). */
  value?: string | null;
  /** The item selected at first render when uncontrolled. */
  defaultValue?: string;
  /** Called with the item's `value` when the user selects it. */
  onValueChange?(value: string): void;
  /**
   * Disables every item: the group is skipped by Tab and cannot change.
   * @default false
   */
  disabled?: boolean;
  /**
   * The user must select an item before the owning form submits.
   * @default false
   */
  required?: boolean;
  /** Name under which the selected value is submitted with the owning form. */
  name?: string;
  /**
   * Arrow keys wrap from the last item to the first and back.
   * @default true
   */
  loop?: boolean;
}

/**
 * A set of options of which the user picks exactly one. Tab moves focus into the group (to the
 * selected item) and out of it; arrow keys move and select. Controlled with `value` /
 * `onValueChange`, uncontrolled with `defaultValue`. Name the group with `aria-label`,
 * `aria-labelledby` or a `Field`, and each item with a `Label`.
 */
export const RadioGroup = React.forwardRef<
  React.ComponentRef<typeof RadioGroupPrimitive.Root>,
  RadioGroupProps
>(({ className, orientation, ...props }, ref) => (
  <RadioGroupPrimitive.Root
    ref={ref}
    data-slot="radio-group"
    data-orientation={orientation ?? "vertical"}
    aria-orientation={orientation ?? "vertical"}
    {...props}
    className={cx(radioGroupVariants({ orientation }), className)}
  />
));
RadioGroup.displayName = "RadioGroup";

export interface RadioGroupItemProps
  extends
    React.ComponentPropsWithoutRef<typeof RadioGroupPrimitive.Item>,
    VariantProps<typeof radioGroupItemVariants> {
  /** The value the group reports (`onValueChange`, form data) when this item is selected. */
  value: string;
  /**
   * Not selectable; arrow keys skip it.
   * @default false
   */
  disabled?: boolean;
}

/** One option of a RadioGroup (`role="radio"`). `value` is what the group reports when picked. */
export const RadioGroupItem = React.forwardRef<
  React.ComponentRef<typeof RadioGroupPrimitive.Item>,
  RadioGroupItemProps
>(({ className, size, ...props }, ref) => (
  <RadioGroupPrimitive.Item
    ref={ref}
    data-slot="radio-group-item"
    data-size={size ?? "md"}
    {...props}
    className={cx(radioGroupItemVariants({ size }), className)}
  >
    <RadioGroupPrimitive.Indicator
      data-slot="radio-group-indicator"
      className="nx:flex nx:size-full nx:items-center nx:justify-center"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" fill="currentColor" className="nx:size-full">
        <circle cx="8" cy="8" r="4" />
      </svg>
    </RadioGroupPrimitive.Indicator>
  </RadioGroupPrimitive.Item>
));
RadioGroupItem.displayName = "RadioGroupItem";
