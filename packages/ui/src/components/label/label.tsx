"use client";

import * as LabelPrimitive from "@radix-ui/react-label";
import { cx } from "class-variance-authority";
import * as React from "react";

export interface LabelProps extends React.ComponentPropsWithoutRef<typeof LabelPrimitive.Root> {
  /** The `id` of the control this label names (not needed when the label wraps the control). */
  htmlFor?: string;
  /**
   * Show the label as disabled, to match a disabled control it names. Field sets it from its
   * control for you; a Label on its own needs it whenever its control is disabled (the label is
   * styled from this prop, never from the control next to it).
   * @default false
   */
  disabled?: boolean;
}

/**
 * The visible name of a form control: point `htmlFor` at the control's `id`, or wrap the
 * control. Double-clicking it does not select its text (Radix Label).
 */
export const Label = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof LabelPrimitive.Root>,
  LabelProps
>(function Label({ className, disabled = false, ...props }, ref) {
  return (
    <LabelPrimitive.Root
      ref={ref}
      data-slot="label"
      data-disabled={disabled ? "" : undefined}
      {...props}
      className={cx("nx-label", className)}
    />
  );
});
