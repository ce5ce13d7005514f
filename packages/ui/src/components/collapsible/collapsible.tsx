"use client";

import * as CollapsiblePrimitive from "@radix-ui/react-collapsible";
import { cx } from "class-variance-authority";
import * as React from "react";
import type { OpenStateProps } from "../../shared/open-state";

export interface CollapsibleProps
  extends
    Omit<React.ComponentPropsWithoutRef<typeof CollapsiblePrimitive.Root>, keyof OpenStateProps>,
    OpenStateProps {
  /**
   * The trigger does nothing and the content keeps its state.
   * @default false
   */
  disabled?: boolean;
}

/**
 * One section that shows or hides with a trigger ("Show 3 more", advanced options, a sidebar
 * group). For a stack of such sections, use `Accordion`.
 */
export const Collapsible = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CollapsiblePrimitive.Root>,
  CollapsibleProps
>(function Collapsible({ className, ...props }, ref) {
  return (
    <CollapsiblePrimitive.Root
      ref={ref}
      data-slot="collapsible"
      {...props}
      className={cx("nx-collapsible", className)}
    />
  );
});

export interface CollapsibleTriggerProps extends React.ComponentPropsWithoutRef<
  typeof CollapsiblePrimitive.Trigger
> {
  /**
   * Render the single child element (for example a `Button`) as the trigger; it gets
   * `aria-expanded` and `aria-controls`.
   * @default false
   */
  asChild?: boolean;
}

/**
 * The button that shows and hides the content: Enter or Space toggles, `aria-expanded` says the
 * state. Unstyled apart from focus; use `asChild` with a `Button` for a button's look.
 */
export const CollapsibleTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CollapsiblePrimitive.Trigger>,
  CollapsibleTriggerProps
>(function CollapsibleTrigger({ className, asChild, ...props }, ref) {
  return (
    <CollapsiblePrimitive.Trigger
      ref={ref}
      data-slot="collapsible-trigger"
      asChild={asChild}
      {...props}
      className={asChild ? className : cx("nx-collapsible-trigger nx-focus-ring", className)}
    />
  );
});

export interface CollapsibleContentProps extends React.ComponentPropsWithoutRef<
  typeof CollapsiblePrimitive.Content
> {
  /**
   * Keep the content mounted (hidden) while closed, for example so its form state survives.
   */
  forceMount?: true;
}

/** What the trigger shows and hides; its height animates where motion is allowed. */
export const CollapsibleContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CollapsiblePrimitive.Content>,
  CollapsibleContentProps
>(function CollapsibleContent({ className, ...props }, ref) {
  return (
    <CollapsiblePrimitive.Content
      ref={ref}
      data-slot="collapsible-content"
      {...props}
      className={cx("nx-collapsible-content", className)}
    />
  );
});
