// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Timeline's looks (styles: timeline.css). */
export const timelineVariants = /* @__PURE__ */ cva("nx-timeline", {
  variants: {
    /**
     * Size of the Timeline.
     * @default "md"
     */
    size: {
      sm: "nx-timeline--sm",
      md: "nx-timeline--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface TimelineProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof timelineVariants> {}

/** Say in one sentence what the Timeline is for and when to use it. */
export const Timeline = /* @__PURE__ */ React.forwardRef<HTMLDivElement, TimelineProps>(
  function Timeline({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="timeline"
        className={cx(timelineVariants({ size }), className)}
        {...props}
      />
    );
  },
);
