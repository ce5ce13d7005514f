"use client";

import * as CheckboxPrimitive from "@radix-ui/react-checkbox";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export const checkboxVariants = cva(
  [
    "nx:peer nx:group/checkbox nx:inline-flex nx:shrink-0 nx:items-center nx:justify-center nx:p-0",
    "nx:rounded-sm nx:border nx:border-input nx:bg-background nx:text-primary-foreground",
    "nx:cursor-pointer nx:transition-colors nx:outline-none",
    "nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
    "nx:data-[state=checked]:border-primary nx:data-[state=checked]:bg-primary",
    "nx:data-[state=indeterminate]:border-primary nx:data-[state=indeterminate]:bg-primary",
    "nx:aria-invalid:border-destructive nx:aria-invalid:focus-visible:ring-destructive",
    "nx:disabled:cursor-not-allowed nx:disabled:opacity-50",
  ],
  {
    variants: {
      /** Box size; the check scales with it. */
      size: {
        sm: "nx:size-4",
        md: "nx:size-5",
      },
    },
    defaultVariants: { size: "md" },
  },
);

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
export const Checkbox = React.forwardRef<
  React.ComponentRef<typeof CheckboxPrimitive.Root>,
  CheckboxProps
>(({ className, size, ...props }, ref) => (
  <CheckboxPrimitive.Root
    ref={ref}
    data-slot="checkbox"
    data-size={size ?? "md"}
    {...props}
    className={cx(checkboxVariants({ size }), className)}
  >
    <CheckboxPrimitive.Indicator
      data-slot="checkbox-indicator"
      className="nx:flex nx:size-full nx:items-center nx:justify-center"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="nx:size-full nx:group-data-[state=indeterminate]/checkbox:hidden"
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
        className="nx:hidden nx:size-full nx:group-data-[state=indeterminate]/checkbox:block"
      >
        <path d="M4 8h8" />
      </svg>
    </CheckboxPrimitive.Indicator>
  </CheckboxPrimitive.Root>
));
Checkbox.displayName = "Checkbox";
