// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Visually hidden's looks (styles: visually-hidden.css). */
export const visuallyHiddenVariants = /* @__PURE__ */ cva("nx-visually-hidden", {
  variants: {
    /**
     * Size of the Visually hidden.
     * @default "md"
     */
    size: {
      sm: "nx-visually-hidden--sm",
      md: "nx-visually-hidden--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface VisuallyHiddenProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof visuallyHiddenVariants> {}

/** Say in one sentence what the Visually hidden is for and when to use it. */
export const VisuallyHidden = /* @__PURE__ */ React.forwardRef<HTMLDivElement, VisuallyHiddenProps>(
  function VisuallyHidden({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="visually-hidden"
        className={cx(visuallyHiddenVariants({ size }), className)}
        {...props}
      />
    );
  },
);
