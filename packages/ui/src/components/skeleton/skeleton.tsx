import { cx } from "class-variance-authority";
import * as React from "react";

export type SkeletonProps = React.HTMLAttributes<HTMLDivElement>;

/**
 * A placeholder block shown while content loads. Hidden from assistive technology: mark the
 * loading region itself with `aria-busy`. Server component: ships no client JavaScript.
 */
export const Skeleton = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SkeletonProps>(
  function Skeleton({ className, ...props }, ref) {
    return (
      <div
        ref={ref}
        aria-hidden="true"
        data-slot="skeleton"
        className={cx("nx-skeleton", className)}
        {...props}
      />
    );
  },
);
