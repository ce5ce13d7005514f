import { cx } from "class-variance-authority";
import * as React from "react";

export type SkeletonProps = React.HTMLAttributes<HTMLDivElement>;

/**
 * A placeholder block shown while content loads. Hidden from assistive technology: mark the
 * loading region itself with `aria-busy`. Server component: ships no client JavaScript.
 */
export const Skeleton = React.forwardRef<HTMLDivElement, SkeletonProps>(
  ({ className, ...props }, ref) => (
    <div
      ref={ref}
      aria-hidden="true"
      data-slot="skeleton"
      className={cx(
        "nx:animate-pulse nx:rounded-md nx:bg-muted nx:motion-reduce:animate-none",
        className,
      )}
      {...props}
    />
  ),
);
Skeleton.displayName = "Skeleton";
