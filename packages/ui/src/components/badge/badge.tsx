import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "neutral" } as const;

export const badgeVariants = /* @__PURE__ */ cva("nx-badge", {
  variants: {
    /**
     * Meaning of the badge; each maps to a semantic token pair.
     * @default "neutral"
     */
    variant: {
      neutral: "nx-badge--neutral",
      primary: "nx-badge--primary",
      outline: "nx-badge--outline",
      success: "nx-badge--success",
      warning: "nx-badge--warning",
      destructive: "nx-badge--destructive",
      info: "nx-badge--info",
    },
  },
  defaultVariants: { variant: defaults.variant },
});

export interface BadgeProps
  extends React.HTMLAttributes<HTMLSpanElement>, VariantProps<typeof badgeVariants> {
  /**
   * Render the single child element (for example a link) with the badge's styles.
   * @default false
   */
  asChild?: boolean;
}

/** A short status or count label. Server component: ships no client JavaScript. */
export const Badge = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, BadgeProps>(function Badge(
  { className, variant, asChild = false, ...props },
  ref,
) {
  const Comp = asChild ? Slot : "span";
  return (
    <Comp
      ref={ref}
      data-slot="badge"
      data-variant={variant ?? defaults.variant}
      className={cx(badgeVariants({ variant }), className)}
      {...props}
    />
  );
});
