"use client";

import * as TooltipPrimitive from "@radix-ui/react-tooltip";
import { cx } from "class-variance-authority";
import * as React from "react";
import { usePortalTheme } from "../theme/theme-context";
import type { OpenStateProps } from "../../shared/open-state";

/** Whether a `TooltipProvider` is above; a `Tooltip` without one brings its own. */
const TooltipProviderContext = /* @__PURE__ */ React.createContext(false);

export interface TooltipProviderProps
  extends React.ComponentPropsWithoutRef<typeof TooltipPrimitive.Provider>, OpenStateProps {
  /**
   * Time in ms from the pointer entering a trigger until the tooltip opens. Keyboard focus opens
   * it at once.
   * @default 700
   */
  delayDuration?: number;
  /**
   * Time in ms after a tooltip closes during which the next one opens without the delay.
   * @default 300
   */
  skipDelayDuration?: number;
  /**
   * Close as soon as the pointer leaves the trigger, even towards the tooltip.
   * @default false
   */
  disableHoverableContent?: boolean;
}

/**
 * Shares the open delay between tooltips, so moving across a toolbar shows the next tooltip at
 * once. Wrap the app in one `TooltipProvider`, near the root. A `Tooltip` outside any provider
 * still works: it renders its own, with the default delays.
 */
export function TooltipProvider(props: TooltipProviderProps) {
  return (
    <TooltipProviderContext.Provider value={true}>
      <TooltipPrimitive.Provider {...props} />
    </TooltipProviderContext.Provider>
  );
}

export interface TooltipProps extends React.ComponentPropsWithoutRef<typeof TooltipPrimitive.Root> {
  /** Hover delay in ms for this tooltip; by default the provider's (700 unless it sets one). */
  delayDuration?: number;
}

/**
 * A short label or hint for the element it is attached to, shown on hover and keyboard focus
 * and hidden by Escape. Never put interactive content or essential information in it.
 */
export function Tooltip(props: TooltipProps) {
  const hasProvider = React.useContext(TooltipProviderContext);
  const tooltip = <TooltipPrimitive.Root {...props} />;
  return hasProvider ? tooltip : <TooltipProvider>{tooltip}</TooltipProvider>;
}

export type TooltipTriggerProps = React.ComponentPropsWithoutRef<typeof TooltipPrimitive.Trigger>;

/**
 * The element the tooltip describes. Use `asChild` to attach it to your own focusable element;
 * the tooltip text becomes its accessible description.
 */
export const TooltipTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof TooltipPrimitive.Trigger>,
  TooltipTriggerProps
>(function TooltipTrigger(props, ref) {
  return <TooltipPrimitive.Trigger ref={ref} data-slot="tooltip-trigger" {...props} />;
});

export interface TooltipContentProps extends React.ComponentPropsWithoutRef<
  typeof TooltipPrimitive.Content
> {
  /**
   * Preferred side of the trigger; it flips when there is no room.
   * @default "top"
   */
  side?: "top" | "right" | "bottom" | "left";
  /**
   * Distance in px between the trigger and the tooltip.
   * @default 4
   */
  sideOffset?: number;
  /**
   * Show an arrow pointing at the trigger.
   * @default false
   */
  arrow?: boolean;
}

/** The tooltip bubble, in a portal above everything else. */
export const TooltipContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof TooltipPrimitive.Content>,
  TooltipContentProps
>(function TooltipContent({ className, sideOffset = 4, arrow = false, children, ...props }, ref) {
  const portalTheme = usePortalTheme();
  return (
    <TooltipPrimitive.Portal>
      <TooltipPrimitive.Content
        ref={ref}
        data-slot="tooltip-content"
        sideOffset={sideOffset}
        className={cx("nx-tooltip-content", className)}
        {...portalTheme}
        {...props}
      >
        {children}
        {arrow && (
          <TooltipPrimitive.Arrow
            data-slot="tooltip-arrow"
            width={10}
            height={5}
            className="nx-tooltip-content__arrow"
          />
        )}
      </TooltipPrimitive.Content>
    </TooltipPrimitive.Portal>
  );
});
