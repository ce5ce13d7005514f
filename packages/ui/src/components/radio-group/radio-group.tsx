"use client";

import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { stopArrowsAtEnds, useRadioGroupState } from "../../shared/native-control-state";

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
export const radioGroupItemVariants = /* @__PURE__ */ cva("nx-radio-group-item nx-focus-ring", {
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

interface RadioGroupContextValue {
  name: string;
  value: string | null;
  disabled: boolean;
  required: boolean;
  select(value: string): void;
}

const RadioGroupContext = /* @__PURE__ */ React.createContext<RadioGroupContextValue | null>(null);

export interface RadioGroupProps
  extends
    Omit<React.HTMLAttributes<HTMLDivElement>, "defaultValue">,
    VariantProps<typeof radioGroupVariants> {
  /** The selected item's `value` when controlled (`null`: none selected). */
  value?: string | null;
  /** The item selected at first render when uncontrolled. */
  defaultValue?: string;
  /** Called with the item's `value` when the user selects it (or its form is reset). */
  onValueChange?(value: string): void;
  /**
   * Disables every item: the group is skipped by Tab and cannot change.
   * @default false
   */
  disabled?: boolean;
  /**
   * The user must select an item before the owning form submits (`required` on every radio).
   * @default false
   */
  required?: boolean;
  /**
   * Name under which the selected value is submitted with the owning form; the radios share
   * it, which is what groups them for the browser's arrow keys.
   * @default a generated name (`useId`)
   */
  name?: string;
  /**
   * Arrow keys wrap from the last item to the first and back.
   * @default true
   */
  loop?: boolean;
}

/**
 * A set of options of which the user picks exactly one: a `radiogroup` of native
 * `<input type="radio">`s sharing a `name`, so Tab moves into the group (to the selected item)
 * and out of it, arrow keys move and select, and the form submits the value, all before
 * hydration too. Controlled with `value` / `onValueChange`, uncontrolled with `defaultValue`.
 * Name the group with `aria-label`, `aria-labelledby` or a `Field`, and each item with a `Label`.
 */
export const RadioGroup = /* @__PURE__ */ React.forwardRef<HTMLDivElement, RadioGroupProps>(
  function RadioGroup(
    {
      className,
      orientation,
      value: valueProp,
      defaultValue,
      onValueChange,
      disabled = false,
      required = false,
      name: nameProp,
      loop = true,
      onKeyDown,
      children,
      ...props
    },
    ref,
  ) {
    const groupRef = React.useRef<HTMLDivElement>(null);
    React.useImperativeHandle(ref, () => groupRef.current!, []);
    const generatedName = React.useId();
    const name = nameProp ?? generatedName;
    const [value, setValue] = useRadioGroupState(
      groupRef,
      name,
      valueProp,
      defaultValue,
      onValueChange,
    );
    const context: RadioGroupContextValue = { name, value, disabled, required, select: setValue };
    return (
      // eslint-disable-next-line jsx-a11y/interactive-supports-focus -- the radios inside take focus; their arrow keys bubble here
      <div
        ref={groupRef}
        role="radiogroup"
        data-slot="radio-group"
        data-orientation={orientation ?? defaults.orientation}
        aria-orientation={orientation ?? defaults.orientation}
        aria-required={required || undefined}
        data-disabled={disabled || undefined}
        {...props}
        onKeyDown={(event) => {
          onKeyDown?.(event);
          // The browser wraps at the ends; without `loop` the first and last item stop.
          if (!loop) stopArrowsAtEnds(event);
        }}
        className={cx(radioGroupVariants({ orientation }), className)}
      >
        <RadioGroupContext.Provider value={context}>{children}</RadioGroupContext.Provider>
      </div>
    );
  },
);

export interface RadioGroupItemProps
  extends
    Omit<
      React.InputHTMLAttributes<HTMLInputElement>,
      "type" | "size" | "value" | "name" | "checked" | "defaultChecked"
    >,
    VariantProps<typeof radioGroupItemVariants> {
  /** The value the group reports (`onValueChange`, form data) when this item is selected. */
  value: string;
  /**
   * Not selectable; arrow keys skip it.
   * @default false
   */
  disabled?: boolean;
}

/**
 * One option of a RadioGroup: a native `<input type="radio">` with the group's `name`.
 * `value` is what the group reports when picked. The ref is the `HTMLInputElement`.
 */
export const RadioGroupItem = /* @__PURE__ */ React.forwardRef<
  HTMLInputElement,
  RadioGroupItemProps
>(function RadioGroupItem({ className, size, value, disabled = false, onChange, ...props }, ref) {
  const group = React.useContext(RadioGroupContext);
  if (!group) throw new Error("RadioGroupItem must be inside a <RadioGroup>.");
  const checked = group.value === value;
  return (
    <input
      type="radio"
      ref={ref}
      data-slot="radio-group-item"
      data-size={size ?? defaults.size}
      name={group.name}
      required={group.required}
      disabled={group.disabled || disabled}
      {...props}
      value={value}
      data-state={checked ? "checked" : "unchecked"}
      checked={checked}
      onChange={(event) => {
        onChange?.(event);
        if (event.target.checked) group.select(value);
      }}
      className={cx(radioGroupItemVariants({ size }), className)}
    />
  );
});
