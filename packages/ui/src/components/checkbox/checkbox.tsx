"use client";

import { CheckIcon, MinusIcon } from "@nexod/icons";
import * as CheckboxPrimitive from "@radix-ui/react-checkbox";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a Checkbox's box, for elements that should look like one (checkbox.css). */
export const checkboxVariants = /* @__PURE__ */ cva("nx-checkbox", {
  variants: {
    /**
     * Box size; the check scales with it.
     * @default "md"
     */
    size: {
      sm: "nx-checkbox--sm",
      md: "nx-checkbox--md",
    },
  },
  defaultVariants: { size: defaults.size },
});

export interface CheckboxProps
  extends
    React.ComponentPropsWithoutRef<typeof CheckboxPrimitive.Root>,
    VariantProps<typeof checkboxVariants> {
  /** The checked state when controlled: `true`, `false` or `"indeterminate"`. */
  checked?: CheckboxPrimitive.CheckedState;
  /**
   * The checked state on first render when uncontrolled.
   * @default false
   */
  defaultChecked?: CheckboxPrimitive.CheckedState;
  /** Called with the new state when the user toggles the checkbox. */
  onCheckedChange?(checked: CheckboxPrimitive.CheckedState): void;
  /**
   * Not focusable and not toggleable.
   * @default false
   */
  disabled?: boolean;
  /**
   * The user must check it before the owning form submits.
   * @default false
   */
  required?: boolean;
  /** Name under which the value is submitted with the owning form. */
  name?: string;
  /**
   * Value submitted with the owning form while checked.
   * @default "on"
   */
  value?: string;
}

/**
 * A box the user ticks to choose an option. `checked` / `defaultChecked` take `true`, `false`
 * or `"indeterminate"` (a minus sign, `aria-checked="mixed"`, for a "select all" over a partial
 * selection); `onCheckedChange` receives the new state. Name it with a `Label` or a `Field`.
 */
export const Checkbox = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CheckboxPrimitive.Root>,
  CheckboxProps
>(function Checkbox({ className, size, ...props }, ref) {
  return (
    <CheckboxPrimitive.Root
      ref={ref}
      data-slot="checkbox"
      data-size={size ?? defaults.size}
      {...props}
      className={cx(checkboxVariants({ size }), className)}
    >
      <CheckboxPrimitive.Indicator data-slot="checkbox-indicator" className="nx-checkbox-indicator">
        {/* 3 of 24 units: the 2-of-16 stroke the box was designed with. */}
        <CheckIcon strokeWidth={3} className="nx-checkbox__check" />
        <MinusIcon strokeWidth={3} className="nx-checkbox__dash" />
      </CheckboxPrimitive.Indicator>
    </CheckboxPrimitive.Root>
  );
});
