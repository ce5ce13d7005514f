import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a spinner's looks (styles: spinner.css). */
export const spinnerVariants = /* @__PURE__ */ cva("nx-spinner", {
  variants: {
    /**
     * Diameter of the ring: `sm` 16px (inside buttons and inputs), `md` 20px, `lg` 24px,
     * `xl` 32px (a panel or page that is loading).
     * @default "md"
     */
    size: {
      sm: "nx-spinner--sm",
      md: "nx-spinner--md",
      lg: "nx-spinner--lg",
      xl: "nx-spinner--xl",
    },
  },
  defaultVariants: { size: defaults.size },
});

export interface SpinnerProps
  extends React.HTMLAttributes<HTMLSpanElement>, VariantProps<typeof spinnerVariants> {
  /**
   * What is loading, read by screen readers ("Loading invoices"); translate it.
   * @default "Loading"
   */
  label?: string;
  /**
   * Show the label beside the ring instead of only to screen readers.
   * @default false
   */
  showLabel?: boolean;
}

/**
 * An indeterminate loading indicator for waits that cannot be measured. A `role="status"`
 * region with its label, so screen readers announce it politely; the ring turns only without
 * reduced motion (otherwise it pulses slowly). Server component: ships no client JavaScript.
 */
export const Spinner = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, SpinnerProps>(
  function Spinner({ className, size, label = "Loading", showLabel = false, ...props }, ref) {
    return (
      <span
        ref={ref}
        role="status"
        data-slot="spinner"
        data-size={size ?? defaults.size}
        className={cx(spinnerVariants({ size }), className)}
        {...props}
      >
        <span aria-hidden="true" className="nx-spinner__ring" />
        <span className={showLabel ? "nx-spinner__label" : "nx-spinner__label--hidden"}>
          {label}
        </span>
      </span>
    );
  },
);
