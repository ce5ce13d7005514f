// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Empty state's looks (styles: empty-state.css). */
export const emptyStateVariants = /* @__PURE__ */ cva("nx-empty-state", {
  variants: {
    /**
     * Size of the Empty state.
     * @default "md"
     */
    size: {
      sm: "nx-empty-state--sm",
      md: "nx-empty-state--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface EmptyStateProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof emptyStateVariants> {}

/** Say in one sentence what the Empty state is for and when to use it. */
export const EmptyState = /* @__PURE__ */ React.forwardRef<HTMLDivElement, EmptyStateProps>(
  function EmptyState({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="empty-state"
        className={cx(emptyStateVariants({ size }), className)}
        {...props}
      />
    );
  },
);
