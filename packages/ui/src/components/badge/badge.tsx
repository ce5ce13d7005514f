import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export const badgeVariants = cva(
  [
    "nx:inline-flex nx:w-fit nx:shrink-0 nx:items-center nx:gap-1 nx:whitespace-nowrap",
    "nx:rounded-full nx:border nx:px-2.5 nx:py-0.5 nx:font-sans nx:text-xs nx:font-medium",
  ],
  {
    variants: {
      /** Meaning of the badge; each maps to a semantic token pair. */
      variant: {
        neutral: "nx:border-transparent nx:bg-secondary nx:text-secondary-foreground",
        primary: "nx:border-transparent nx:bg-primary nx:text-primary-foreground",
        outline: "nx:border-border nx:bg-transparent nx:text-foreground",
        success: "nx:border-transparent nx:bg-success nx:text-success-foreground",
        warning: "nx:border-transparent nx:bg-warning nx:text-warning-foreground",
        destructive: "nx:border-transparent nx:bg-destructive nx:text-destructive-foreground",
        info: "nx:border-transparent nx:bg-info nx:text-info-foreground",
      },
    },
    defaultVariants: { variant: "neutral" },
  },
);

export interface BadgeProps
  extends React.HTMLAttributes<HTMLSpanElement>, VariantProps<typeof badgeVariants> {
  /**
   * Render the single child element (for example a link) with the badge's styles.
   * @default false
   */
  asChild?: boolean;
}

/** A short status or count label. Server component: ships no client JavaScript. */
export const Badge = React.forwardRef<HTMLSpanElement, BadgeProps>(
  ({ className, variant, asChild = false, ...props }, ref) => {
    const Comp = asChild ? Slot : "span";
    return (
      <Comp
        ref={ref}
        data-slot="badge"
        data-variant={variant ?? "neutral"}
        className={cx(badgeVariants({ variant }), className)}
        {...props}
      />
    );
  },
);
Badge.displayName = "Badge";
