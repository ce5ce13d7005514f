"use client";

import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { useControllableState, useNativeSync } from "../../shared/native-control-state";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a Switch's track; the thumb is its `::before` (styles: switch.css). */
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

export interface SwitchProps
  extends
    Omit<
      React.InputHTMLAttributes<HTMLInputElement>,
      "type" | "size" | "checked" | "defaultChecked" | "value"
    >,
    VariantProps<typeof switchVariants> {
  /** Whether the switch is on, when controlled. */
  checked?: boolean;
  /**
   * Whether the switch is on at first render, when uncontrolled.
   * @default false
   */
  defaultChecked?: boolean;
  /** Called with the new state when the user toggles the switch (or its form is reset). */
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
 * A two-state toggle for settings that take effect at once: a native
 * `<input type="checkbox" role="switch">`, so it toggles and submits before hydration too. Use
 * a Checkbox for choices submitted with a form. Name it with a `Label` or a `Field`. The ref is
 * the `HTMLInputElement`.
 */
export const Switch = /* @__PURE__ */ React.forwardRef<HTMLInputElement, SwitchProps>(
  function Switch(
    { className, size, checked: checkedProp, defaultChecked, onCheckedChange, onChange, ...props },
    ref,
  ) {
    const inputRef = React.useRef<HTMLInputElement>(null);
    React.useImperativeHandle(ref, () => inputRef.current!, []);
    const [checked, setChecked] = useControllableState(
      checkedProp,
      defaultChecked ?? false,
      onCheckedChange,
    );
    useNativeSync(checked, setChecked, () => {
      const input = inputRef.current;
      return input ? { input, shown: input.checked } : undefined;
    });
    return (
      <input
        type="checkbox"
        role="switch"
        ref={inputRef}
        data-slot="switch"
        data-size={size ?? defaults.size}
        {...props}
        data-state={checked ? "checked" : "unchecked"}
        checked={checked}
        onChange={(event) => {
          onChange?.(event);
          setChecked(event.target.checked);
        }}
        className={cx(switchVariants({ size }), className)}
      />
    );
  },
);
