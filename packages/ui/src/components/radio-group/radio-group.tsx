"use client";

import { DotIcon } from "@nexod/icons";
import * as RadioGroupPrimitive from "@radix-ui/react-radio-group";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { orientation: "vertical", size: "md" } as const;

/** Class names of a RadioGroup's layout (styles: radio-group.css). */
export const radioGroupVariants = /* @__PURE__ */ cva("nx-radio-group", {
  variants: {
    /**
     * Layout of the items, also announced as `aria-orientation`. All four arrow keys move
     * between items whatever the orientation, as the WAI-ARIA radio group pattern says.
     * @default "vertical"
     */
    orientation: {
      vertical: "nx-radio-group--vertical",
      horizontal: "nx-radio-group--horizontal",
    },
  },
  defaultVariants: { orientation: defaults.orientation },
});

/** Class names of a RadioGroupItem's circle (styles: radio-group.css). */
export const radioGroupItemVariants = /* @__PURE__ */ cva("nx-radio-group-item", {
  variants: {
    /**
     * Circle size; the dot scales with it.
     * @default "md"
     */
    size: {
      sm: "nx-radio-group-item--sm",
      md: "nx-radio-group-item--md",
    },
  },
  defaultVariants: { size: defaults.size },
});

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
export const RadioGroup = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof RadioGroupPrimitive.Root>,
  RadioGroupProps
>(function RadioGroup({ className, orientation, ...props }, ref) {
  return (
    <RadioGroupPrimitive.Root
      ref={ref}
      data-slot="radio-group"
      data-orientation={orientation ?? defaults.orientation}
      aria-orientation={orientation ?? defaults.orientation}
      {...props}
      className={cx(radioGroupVariants({ orientation }), className)}
    />
  );
});

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
export const RadioGroupItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof RadioGroupPrimitive.Item>,
  RadioGroupItemProps
>(function RadioGroupItem({ className, size, ...props }, ref) {
  return (
    <RadioGroupPrimitive.Item
      ref={ref}
      data-slot="radio-group-item"
      data-size={size ?? defaults.size}
      {...props}
      className={cx(radioGroupItemVariants({ size }), className)}
    >
      <RadioGroupPrimitive.Indicator
        data-slot="radio-group-indicator"
        className="nx-radio-group-indicator"
      >
        <DotIcon className="nx-radio-group-item__dot" />
      </RadioGroupPrimitive.Indicator>
    </RadioGroupPrimitive.Item>
  );
});
