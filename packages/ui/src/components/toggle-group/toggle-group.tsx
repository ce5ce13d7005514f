// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Toggle group's looks (styles: toggle-group.css). */
export const toggleGroupVariants = /* @__PURE__ */ cva("nx-toggle-group", {
  variants: {
    /**
     * Size of the Toggle group.
     * @default "md"
     */
    size: {
      sm: "nx-toggle-group--sm",
      md: "nx-toggle-group--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface ToggleGroupProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof toggleGroupVariants> {}

/** Say in one sentence what the Toggle group is for and when to use it. */
export const ToggleGroup = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ToggleGroupProps>(
  function ToggleGroup({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="toggle-group"
        className={cx(toggleGroupVariants({ size }), className)}
        {...props}
      />
    );
  },
);
