"use client";

import * as HoverCardPrimitive from "@radix-ui/react-hover-card";
import { cx } from "class-variance-authority";
import * as React from "react";
import { usePortalTheme } from "../theme/theme-context";
import { surfaceClasses } from "../../shared/surface-classes";
import type { OpenStateProps } from "../../shared/open-state";

export interface HoverCardProps
  extends React.ComponentPropsWithoutRef<typeof HoverCardPrimitive.Root>, OpenStateProps {
  /**
   * Time in ms the pointer must rest on the trigger (or the trigger hold keyboard focus) before
   * the card opens.
   * @default 700
   */
  openDelay?: number;
  /**
   * Time in ms before the card closes once the pointer leaves the trigger and the card.
   * @default 300
   */
  closeDelay?: number;
}

/**
 * A preview of what a link points to (a profile, a repository, a page), shown while the
 * pointer rests on the link or it has keyboard focus. Sighted pointer users get a preview; the
 * link itself must still make sense alone: touch and screen-reader users may never see the card.
 * Renders no element of its own, so it takes no ref.
 */
export function HoverCard(props: HoverCardProps) {
  return <HoverCardPrimitive.Root {...props} />;
}

export interface HoverCardTriggerProps extends React.ComponentPropsWithoutRef<
  typeof HoverCardPrimitive.Trigger
> {
  /**
   * Render the single child element (usually a `Link` or `<a>`) as the trigger instead of a
   * bare `<a>`.
   * @default false
   */
  asChild?: boolean;
}

/** The link the card previews. Hover or keyboard focus opens the card after `openDelay`. */
export const HoverCardTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof HoverCardPrimitive.Trigger>,
  HoverCardTriggerProps
>(function HoverCardTrigger(props, ref) {
  return <HoverCardPrimitive.Trigger ref={ref} data-slot="hover-card-trigger" {...props} />;
});

export interface HoverCardContentProps extends React.ComponentPropsWithoutRef<
  typeof HoverCardPrimitive.Content
> {
  /**
   * Preferred side of the trigger; it flips when there is no room.
   * @default "bottom"
   */
  side?: "top" | "right" | "bottom" | "left";
  /**
   * Alignment against the trigger on the cross axis.
   * @default "center"
   */
  align?: "start" | "center" | "end";
  /**
   * Distance in px between the trigger and the card.
   * @default 4
   */
  sideOffset?: number;
  /**
   * Draw a small arrow pointing at the trigger.
   * @default false
   */
  arrow?: boolean;
  /**
   * Element to portal the card into.
   * @default document.body
   */
  container?: HTMLElement | null;
}

/**
 * The card, portalled above the page and placed next to the trigger, 288px wide by default.
 * It does not take focus: keep what matters (and every action) reachable without it.
 */
export const HoverCardContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof HoverCardPrimitive.Content>,
  HoverCardContentProps
>(function HoverCardContent(
  { className, align = "center", sideOffset = 4, arrow = false, container, children, ...props },
  ref,
) {
  const portalTheme = usePortalTheme();
  return (
    <HoverCardPrimitive.Portal container={container}>
      <HoverCardPrimitive.Content
        ref={ref}
        data-slot="hover-card-content"
        align={align}
        sideOffset={sideOffset}
        {...portalTheme}
        {...props}
        className={cx(surfaceClasses.popover, "nx-hover-card-content", className)}
      >
        {children}
        {arrow && (
          <HoverCardPrimitive.Arrow
            data-slot="hover-card-arrow"
            width={12}
            height={6}
            className="nx-hover-card-content__arrow"
          />
        )}
      </HoverCardPrimitive.Content>
    </HoverCardPrimitive.Portal>
  );
});
