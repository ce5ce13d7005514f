// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Resizable's looks (styles: resizable.css). */
export const resizableVariants = /* @__PURE__ */ cva("nx-resizable", {
  variants: {
    /**
     * Size of the Resizable.
     * @default "md"
     */
    size: {
      sm: "nx-resizable--sm",
      md: "nx-resizable--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface ResizableProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof resizableVariants> {}

/** Say in one sentence what the Resizable is for and when to use it. */
export const Resizable = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ResizableProps>(
  function Resizable({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="resizable"
        className={cx(resizableVariants({ size }), className)}
        {...props}
      />
    );
  },
);
