"use client";

import * as PopoverPrimitive from "@radix-ui/react-popover";
import { cx } from "class-variance-authority";
import * as React from "react";
import { usePortalTheme } from "../theme/theme-context";
import { surfaceClasses } from "../../shared/surface-classes";
import type { OpenStateProps } from "../../shared/open-state";

export interface PopoverProps
  extends React.ComponentPropsWithoutRef<typeof PopoverPrimitive.Root>, OpenStateProps {
  /**
   * Trap focus inside and hide the rest of the page from screen readers while open.
   * @default false
   */
  modal?: boolean;
}

/**
 * Rich content (a form, details, settings) anchored to a trigger. Escape or a click outside
 * closes it and focus returns to the trigger. Name it with a `PopoverTitle` or `aria-label`.
 */
export function Popover(props: PopoverProps) {
  return <PopoverPrimitive.Root {...props} />;
}

export type PopoverTriggerProps = React.ComponentPropsWithoutRef<typeof PopoverPrimitive.Trigger>;

/** Toggles the popover. Use `asChild` to render your own `Button`. */
export const PopoverTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof PopoverPrimitive.Trigger>,
  PopoverTriggerProps
>(function PopoverTrigger(props, ref) {
  return <PopoverPrimitive.Trigger ref={ref} data-slot="popover-trigger" {...props} />;
});

export type PopoverAnchorProps = React.ComponentPropsWithoutRef<typeof PopoverPrimitive.Anchor>;

/** Positions the popover against this element instead of the trigger. */
export const PopoverAnchor = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof PopoverPrimitive.Anchor>,
  PopoverAnchorProps
>(function PopoverAnchor(props, ref) {
  return <PopoverPrimitive.Anchor ref={ref} data-slot="popover-anchor" {...props} />;
});

export interface PopoverContentProps extends React.ComponentPropsWithoutRef<
  typeof PopoverPrimitive.Content
> {
  /**
   * Alignment against the trigger on the cross axis.
   * @default "center"
   */
  align?: "start" | "center" | "end";
  /**
   * Distance in px between the trigger and the popover.
   * @default 4
   */
  sideOffset?: number;
  /**
   * Preferred side of the trigger; it flips when there is no room.
   * @default "bottom"
   */
  side?: "top" | "right" | "bottom" | "left";
}

/** The popover panel, in a portal, 288px wide by default. Focus moves inside on open. */
export const PopoverContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof PopoverPrimitive.Content>,
  PopoverContentProps
>(function PopoverContent({ className, align = "center", sideOffset = 4, ...props }, ref) {
  const portalTheme = usePortalTheme();
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        ref={ref}
        data-slot="popover-content"
        align={align}
        sideOffset={sideOffset}
        className={cx(surfaceClasses.popover, "nx-popover-content", className)}
        {...portalTheme}
        {...props}
      />
    </PopoverPrimitive.Portal>
  );
});

export type PopoverTitleProps = React.ComponentPropsWithoutRef<typeof PopoverPrimitive.Title>;

/** Heading of the popover; becomes its accessible name. */
export const PopoverTitle = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof PopoverPrimitive.Title>,
  PopoverTitleProps
>(function PopoverTitle({ className, ...props }, ref) {
  return (
    <PopoverPrimitive.Title
      ref={ref}
      data-slot="popover-title"
      className={cx("nx-popover-title", className)}
      {...props}
    />
  );
});

export type PopoverDescriptionProps = React.ComponentPropsWithoutRef<
  typeof PopoverPrimitive.Description
>;

/** Supporting text; becomes the popover's accessible description. */
export const PopoverDescription = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof PopoverPrimitive.Description>,
  PopoverDescriptionProps
>(function PopoverDescription({ className, ...props }, ref) {
  return (
    <PopoverPrimitive.Description
      ref={ref}
      data-slot="popover-description"
      className={cx("nx-popover-description", className)}
      {...props}
    />
  );
});

export type PopoverCloseProps = React.ComponentPropsWithoutRef<typeof PopoverPrimitive.Close>;

/** Closes the popover. Unstyled: use `asChild` with a `Button`. */
export const PopoverClose = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof PopoverPrimitive.Close>,
  PopoverCloseProps
>(function PopoverClose(props, ref) {
  return <PopoverPrimitive.Close ref={ref} data-slot="popover-close" {...props} />;
});
