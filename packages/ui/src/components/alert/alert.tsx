// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Alert's looks (styles: alert.css). */
export const alertVariants = /* @__PURE__ */ cva("nx-alert", {
  variants: {
    /**
     * Size of the Alert.
     * @default "md"
     */
    size: {
      sm: "nx-alert--sm",
      md: "nx-alert--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface AlertProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof alertVariants> {}

/** Say in one sentence what the Alert is for and when to use it. */
export const Alert = /* @__PURE__ */ React.forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { className, size, ...props },
  ref,
) {
  return (
    <div
      ref={ref}
      data-slot="alert"
      className={cx(alertVariants({ size }), className)}
      {...props}
    />
  );
});
