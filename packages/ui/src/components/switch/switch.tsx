"use client";

import * as SwitchPrimitive from "@radix-ui/react-switch";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export const switchVariants = cva(
  [
    "nx:peer nx:inline-flex nx:shrink-0 nx:items-center nx:rounded-full nx:border-2 nx:border-transparent nx:p-0",
    "nx:cursor-pointer nx:bg-input nx:transition-colors nx:outline-none nx:data-[state=checked]:bg-primary",
    "nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
    "nx:aria-invalid:border-destructive",
    "nx:disabled:cursor-not-allowed nx:disabled:opacity-50",
  ],
  {
    variants: {
      /** Track and thumb size. */
      size: {
        sm: "nx:h-4 nx:w-7",
        md: "nx:h-5 nx:w-9",
      },
    },
    defaultVariants: { size: "md" },
  },
);

export const switchThumbVariants = cva(
  [
    "nx:pointer-events-none nx:block nx:rounded-full nx:bg-background nx:shadow-sm",
    "nx:transition-transform nx:motion-reduce:transition-none nx:data-[state=unchecked]:translate-x-0",
  ],
  {
    variants: {
      /** Matches the track's `size`. */
      size: {
        sm: "nx:size-3 nx:data-[state=checked]:translate-x-3 nx:rtl:data-[state=checked]:-translate-x-3",
        md: "nx:size-4 nx:data-[state=checked]:translate-x-4 nx:rtl:data-[state=checked]:-translate-x-4",
      },
    },
    defaultVariants: { size: "md" },
  },
);

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
export const Switch = React.forwardRef<
  React.ComponentRef<typeof SwitchPrimitive.Root>,
  SwitchProps
>(({ className, size, ...props }, ref) => (
  <SwitchPrimitive.Root
    ref={ref}
    data-slot="switch"
    data-size={size ?? "md"}
    {...props}
    className={cx(switchVariants({ size }), className)}
  >
    <SwitchPrimitive.Thumb data-slot="switch-thumb" className={switchThumbVariants({ size })} />
  </SwitchPrimitive.Root>
));
Switch.displayName = "Switch";
