// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Aspect ratio's looks (styles: aspect-ratio.css). */
export const aspectRatioVariants = /* @__PURE__ */ cva("nx-aspect-ratio", {
  variants: {
    /**
     * Size of the Aspect ratio.
     * @default "md"
     */
    size: {
      sm: "nx-aspect-ratio--sm",
      md: "nx-aspect-ratio--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface AspectRatioProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof aspectRatioVariants> {}

/** Say in one sentence what the Aspect ratio is for and when to use it. */
export const AspectRatio = /* @__PURE__ */ React.forwardRef<HTMLDivElement, AspectRatioProps>(
  function AspectRatio({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="aspect-ratio"
        className={cx(aspectRatioVariants({ size }), className)}
        {...props}
      />
    );
  },
);
