import { Slot } from "@radix-ui/react-slot";
import { cx } from "class-variance-authority";
import * as React from "react";

// Hand-written rather than @radix-ui/react-visually-hidden: that package is a "use client"
// module, so a server page using it would ship client JavaScript for eight CSS declarations.

export interface VisuallyHiddenProps extends React.HTMLAttributes<HTMLSpanElement> {
  /**
   * Render the single child element (for example a skip link) hidden instead of a `<span>`.
   * @default false
   */
  asChild?: boolean;
  /**
   * Show the content while it, or an element inside it, has focus: for "Skip to content" links
   * that appear when a keyboard user tabs to them.
   * @default false
   */
  focusable?: boolean;
}

/**
 * Content for screen readers only: present in the accessibility tree, invisible on screen, and
 * taking no space (an icon button's label, a table caption the layout makes obvious). Server
 * component: ships no client JavaScript.
 */
export const VisuallyHidden = /* @__PURE__ */ React.forwardRef<
  HTMLSpanElement,
  VisuallyHiddenProps
>(function VisuallyHidden({ className, asChild = false, focusable = false, ...props }, ref) {
  const Comp = asChild ? Slot : "span";
  return (
    <Comp
      ref={ref}
      data-slot="visually-hidden"
      className={cx("nx-visually-hidden", focusable && "nx-visually-hidden--focusable", className)}
      {...props}
    />
  );
});
