import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of an Input's look, for elements that should look like one (styles: input.css). */
export const inputVariants = /* @__PURE__ */ cva("nx-input nx-field-box nx-focus-ring", {
  variants: {
    /**
     * Height, padding and type size; matches the Button sizes so they line up in a row.
     * @default "md"
     */
    size: {
      sm: "nx-input--sm nx-field-box--sm",
      md: "nx-input--md nx-field-box--md",
      lg: "nx-input--lg nx-field-box--lg",
    },
  },
  defaultVariants: { size: defaults.size },
});

export interface InputProps
  extends
    Omit<React.InputHTMLAttributes<HTMLInputElement>, "size">,
    VariantProps<typeof inputVariants> {
  /**
   * Render the single child element (for example a masked or number-format input) with the
   * input's styles instead of an `<input>`.
   * @default false
   */
  asChild?: boolean;
}

/**
 * A single-line text field: every native `<input>` type (`email`, `password`, `file`…) and
 * attribute works. Set `aria-invalid` (Field does) for the error style. Name it with a `Label`
 * or wrap it in a `Field`. Server component: ships no client JavaScript. The native `size`
 * attribute is replaced by the `size` variant; set a width with `className` instead.
 */
export const Input = /* @__PURE__ */ React.forwardRef<HTMLInputElement, InputProps>(function Input(
  { className, size, asChild = false, ...props },
  ref,
) {
  const Comp = asChild ? Slot : "input";
  return (
    <Comp
      ref={ref}
      data-slot="input"
      data-size={size ?? defaults.size}
      className={cx(inputVariants({ size }), className)}
      {...props}
    />
  );
});
