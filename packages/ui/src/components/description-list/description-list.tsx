// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Description list's looks (styles: description-list.css). */
export const descriptionListVariants = /* @__PURE__ */ cva("nx-description-list", {
  variants: {
    /**
     * Size of the Description list.
     * @default "md"
     */
    size: {
      sm: "nx-description-list--sm",
      md: "nx-description-list--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface DescriptionListProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof descriptionListVariants> {}

/** Say in one sentence what the Description list is for and when to use it. */
export const DescriptionList = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  DescriptionListProps
>(function DescriptionList({ className, size, ...props }, ref) {
  return (
    <div
      ref={ref}
      data-slot="description-list"
      className={cx(descriptionListVariants({ size }), className)}
      {...props}
    />
  );
});
