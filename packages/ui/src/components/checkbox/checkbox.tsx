"use client";

import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { useControllableState, useNativeSync } from "../../shared/native-control-state";

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

type CheckedState = boolean | "indeterminate";

export interface CheckboxProps
  extends
    Omit<
      React.InputHTMLAttributes<HTMLInputElement>,
      "type" | "size" | "checked" | "defaultChecked" | "value"
    >,
    VariantProps<typeof checkboxVariants> {
  /** The checked state when controlled: `true`, `false` or `"indeterminate"`. */
  checked?: CheckedState;
  /**
   * The checked state on first render when uncontrolled.
   * @default false
   */
  defaultChecked?: CheckedState;
  /** Called with the new state when the user toggles the checkbox (or its form is reset). */
  onCheckedChange?(checked: CheckedState): void;
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
 * A box the user ticks to choose an option: a native `<input type="checkbox">`, so it toggles,
 * submits and resets with its form before hydration too. `checked` / `defaultChecked` take
 * `true`, `false` or `"indeterminate"` (a minus sign, `aria-checked="mixed"`, for a "select all"
 * over a partial selection); `onCheckedChange` receives the new state. Name it with a `Label`
 * or a `Field`. The ref is the `HTMLInputElement`.
 */
export const Checkbox = /* @__PURE__ */ React.forwardRef<HTMLInputElement, CheckboxProps>(
  function Checkbox(
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
    const indeterminate = checked === "indeterminate";
    useNativeSync(checked, setChecked, () => {
      const input = inputRef.current;
      // An indeterminate box shows unchecked: only a tick differs from the state.
      return input
        ? { input, shown: input.checked === (checked === true) ? checked : input.checked }
        : undefined;
    });
    // The DOM property has no attribute: the server's HTML carries `data-state` and
    // `aria-checked="mixed"`, which the CSS and assistive technology read until this runs.
    React.useEffect(() => {
      if (inputRef.current) inputRef.current.indeterminate = indeterminate;
    });
    return (
      <input
        type="checkbox"
        ref={inputRef}
        data-slot="checkbox"
        data-size={size ?? defaults.size}
        {...props}
        data-state={indeterminate ? "indeterminate" : checked ? "checked" : "unchecked"}
        aria-checked={indeterminate ? "mixed" : undefined}
        checked={checked === true}
        onChange={(event) => {
          onChange?.(event);
          setChecked(event.target.checked);
          // A click clears `indeterminate`; a controlled box that stays mixed gets it back.
          event.target.indeterminate = checkedProp === "indeterminate";
        }}
        className={cx(checkboxVariants({ size }), className)}
      />
    );
  },
);
