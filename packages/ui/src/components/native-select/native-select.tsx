import { ChevronDownIcon } from "@nexod/icons";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a NativeSelect's box (styles: native-select.css). */
export const nativeSelectVariants = /* @__PURE__ */ cva("nx-native-select", {
  variants: {
    /**
     * Height, padding and type size; the same steps as Input and Button, so they line up in a row.
     * @default "md"
     */
    size: {
      sm: "nx-native-select--sm",
      md: "nx-native-select--md",
      lg: "nx-native-select--lg",
    },
  },
  defaultVariants: { size: defaults.size },
});

export interface NativeSelectProps
  extends
    Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "size">,
    VariantProps<typeof nativeSelectVariants> {
  /**
   * Classes for the wrapper that holds the `<select>` and its chevron (set a width here). Every
   * other prop, `id`, `name`, `aria-*` and handlers included, goes to the `<select>` itself.
   */
  className?: string;
  /**
   * Not focusable and not changeable; also dims the chevron.
   * @default false
   */
  disabled?: boolean;
  /**
   * Lets the user pick several options (a list box instead of a drop-down; no chevron).
   * @default false
   */
  multiple?: boolean;
  /** `NativeSelectOption`s and `NativeSelectOptGroup`s (or plain `<option>`/`<optgroup>`). */
  children?: React.ReactNode;
}

/**
 * The browser's own `<select>`, styled like an Input, with a chevron. Best for long, simple lists
 * and on phones, where the system picker is the easiest to use; it submits with a plain form and
 * works before hydration. Server component: ships no client JavaScript. Wrap it in a `Field`;
 * set `aria-invalid` (Field does) for the error style.
 */
export const NativeSelect = /* @__PURE__ */ React.forwardRef<HTMLSelectElement, NativeSelectProps>(
  function NativeSelect({ className, size, disabled = false, multiple = false, ...props }, ref) {
    return (
      <span
        data-slot="native-select"
        data-size={size ?? defaults.size}
        data-disabled={disabled || undefined}
        data-multiple={multiple || undefined}
        className={cx(nativeSelectVariants({ size }), className)}
      >
        <select
          ref={ref}
          data-slot="native-select-select"
          className={`nx-native-select__select nx-field-box nx-field-box--${size ?? defaults.size} nx-focus-ring`}
          disabled={disabled}
          multiple={multiple}
          {...props}
        />
        {!multiple && (
          <ChevronDownIcon
            data-slot="native-select-chevron"
            className="nx-native-select__chevron"
          />
        )}
      </span>
    );
  },
);

export type NativeSelectOptionProps = React.OptionHTMLAttributes<HTMLOptionElement>;

/** One option of a NativeSelect: a native `<option>`. */
export const NativeSelectOption = /* @__PURE__ */ React.forwardRef<
  HTMLOptionElement,
  NativeSelectOptionProps
>(function NativeSelectOption({ className, ...props }, ref) {
  return (
    <option
      ref={ref}
      data-slot="native-select-option"
      {...props}
      className={cx("nx-native-select-option", className)}
    />
  );
});

export interface NativeSelectOptGroupProps extends React.OptgroupHTMLAttributes<HTMLOptGroupElement> {
  /** The group's heading in the list (required by HTML: a group without one is unnamed). */
  label: string;
}

/** A named group of options in a NativeSelect: a native `<optgroup>`. */
export const NativeSelectOptGroup = /* @__PURE__ */ React.forwardRef<
  HTMLOptGroupElement,
  NativeSelectOptGroupProps
>(function NativeSelectOptGroup({ className, ...props }, ref) {
  return (
    <optgroup
      ref={ref}
      data-slot="native-select-optgroup"
      {...props}
      className={cx("nx-native-select-optgroup", className)}
    />
  );
});
