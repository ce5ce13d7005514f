// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Toggle's looks (styles: toggle.css). */
export const toggleVariants = /* @__PURE__ */ cva("nx-toggle", {
  variants: {
    /**
     * Size of the Toggle.
     * @default "md"
     */
    size: {
      sm: "nx-toggle--sm",
      md: "nx-toggle--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface ToggleProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof toggleVariants> {}

/** Say in one sentence what the Toggle is for and when to use it. */
export const Toggle = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ToggleProps>(function Toggle(
  { className, size, ...props },
  ref,
) {
  return (
    <div
      ref={ref}
      data-slot="toggle"
      className={cx(toggleVariants({ size }), className)}
      {...props}
    />
  );
});
