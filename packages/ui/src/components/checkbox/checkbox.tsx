"use client";

import * as CheckboxPrimitive from "@radix-ui/react-checkbox";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

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
  defaultVariants: { size: "md" },
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
      data-size={size ?? "md"}
      {...props}
      className={cx(checkboxVariants({ size }), className)}
    >
      <CheckboxPrimitive.Indicator data-slot="checkbox-indicator" className="nx-checkbox-indicator">
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="nx-checkbox__check"
        >
          <path d="M3.5 8.5 6.5 11.5 12.5 4.5" />
        </svg>
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          className="nx-checkbox__dash"
        >
          <path d="M4 8h8" />
        </svg>
      </CheckboxPrimitive.Indicator>
    </CheckboxPrimitive.Root>
  );
});
