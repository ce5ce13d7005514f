// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Progress's looks (styles: progress.css). */
export const progressVariants = /* @__PURE__ */ cva("nx-progress", {
  variants: {
    /**
     * Size of the Progress.
     * @default "md"
     */
    size: {
      sm: "nx-progress--sm",
      md: "nx-progress--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface ProgressProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof progressVariants> {}

/** Say in one sentence what the Progress is for and when to use it. */
export const Progress = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ProgressProps>(
  function Progress({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="progress"
        className={cx(progressVariants({ size }), className)}
        {...props}
      />
    );
  },
);
