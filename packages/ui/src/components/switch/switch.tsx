"use client";

import * as SwitchPrimitive from "@radix-ui/react-switch";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a Switch's track (styles: switch.css). */
export const switchVariants = /* @__PURE__ */ cva("nx-switch", {
  variants: {
    /**
     * Track and thumb size.
     * @default "md"
     */
    size: {
      sm: "nx-switch--sm",
      md: "nx-switch--md",
    },
  },
  defaultVariants: { size: defaults.size },
});

/** Class names of a Switch's thumb (styles: switch.css). */
export const switchThumbVariants = /* @__PURE__ */ cva("nx-switch-thumb", {
  variants: {
    /**
     * Matches the track's `size`.
     * @default "md"
     */
    size: {
      sm: "nx-switch-thumb--sm",
      md: "nx-switch-thumb--md",
    },
  },
  defaultVariants: { size: defaults.size },
});

export interface SwitchProps
  extends
    React.ComponentPropsWithoutRef<typeof SwitchPrimitive.Root>,
    VariantProps<typeof switchVariants> {
  /** Whether the switch is on, when controlled. */
  checked?: boolean;
  /**
   * Whether the switch is on at first render, when uncontrolled.
   * @default false
   */
  defaultChecked?: boolean;
  /** Called with the new state when the user toggles the switch. */
  onCheckedChange?(checked: boolean): void;
  /**
   * Not focusable and not toggleable.
   * @default false
   */
  disabled?: boolean;
  /**
   * The user must turn it on before the owning form submits.
   * @default false
   */
  required?: boolean;
  /** Name under which the value is submitted with the owning form. */
  name?: string;
  /**
   * Value submitted with the owning form while on.
   * @default "on"
   */
  value?: string;
}

/**
 * A two-state toggle for settings that take effect at once (`role="switch"`). Use a Checkbox
 * for choices submitted with a form. Name it with a `Label` or a `Field`.
 */
export const Switch = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof SwitchPrimitive.Root>,
  SwitchProps
>(function Switch({ className, size, ...props }, ref) {
  return (
    <SwitchPrimitive.Root
      ref={ref}
      data-slot="switch"
      data-size={size ?? defaults.size}
      {...props}
      className={cx(switchVariants({ size }), className)}
    >
      <SwitchPrimitive.Thumb data-slot="switch-thumb" className={switchThumbVariants({ size })} />
    </SwitchPrimitive.Root>
  );
});
