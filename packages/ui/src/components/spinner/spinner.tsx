// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Spinner's looks (styles: spinner.css). */
export const spinnerVariants = /* @__PURE__ */ cva("nx-spinner", {
  variants: {
    /**
     * Size of the Spinner.
     * @default "md"
     */
    size: {
      sm: "nx-spinner--sm",
      md: "nx-spinner--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface SpinnerProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof spinnerVariants> {}

/** Say in one sentence what the Spinner is for and when to use it. */
export const Spinner = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SpinnerProps>(
  function Spinner({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="spinner"
        className={cx(spinnerVariants({ size }), className)}
        {...props}
      />
    );
  },
);
