// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Stat's looks (styles: stat.css). */
export const statVariants = /* @__PURE__ */ cva("nx-stat", {
  variants: {
    /**
     * Size of the Stat.
     * @default "md"
     */
    size: {
      sm: "nx-stat--sm",
      md: "nx-stat--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface StatProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof statVariants> {}

/** Say in one sentence what the Stat is for and when to use it. */
export const Stat = /* @__PURE__ */ React.forwardRef<HTMLDivElement, StatProps>(function Stat(
  { className, size, ...props },
  ref,
) {
  return (
    <div ref={ref} data-slot="stat" className={cx(statVariants({ size }), className)} {...props} />
  );
});
