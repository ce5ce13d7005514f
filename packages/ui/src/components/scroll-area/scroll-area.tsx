"use client";

import * as ScrollAreaPrimitive from "@radix-ui/react-scroll-area";
import { cx } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for the props and data attributes. */
const defaults = { orientation: "vertical", type: "auto" } as const;

const orientations = ["vertical", "horizontal", "both"] as const;
export type ScrollAreaOrientation = (typeof orientations)[number];

const useIsomorphicLayoutEffect =
  typeof window === "undefined" ? React.useEffect : React.useLayoutEffect;

/**
 * Whether the viewport's content is larger than the viewport along the scrolling axes, kept
 * up to date as either resizes.
 */
function useOverflows(
  viewport: React.RefObject<HTMLDivElement | null>,
  orientation: ScrollAreaOrientation,
) {
  const [overflows, setOverflows] = React.useState(false);
  useIsomorphicLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => {
      const vertical = element.scrollHeight > element.clientHeight;
      const horizontal = element.scrollWidth > element.clientWidth;
      setOverflows(
        orientation === "vertical"
          ? vertical
          : orientation === "horizontal"
            ? horizontal
            : vertical || horizontal,
      );
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [viewport, orientation]);
  return overflows;
}

export interface ScrollAreaProps extends Omit<
  React.ComponentPropsWithoutRef<typeof ScrollAreaPrimitive.Root>,
  "type"
> {
  /**
   * The axes that scroll and show a scrollbar. Content is laid out at its natural width for
   * `horizontal` and `both`.
   * @default "vertical"
   */
  orientation?: ScrollAreaOrientation;
  /**
   * When the scrollbars show: `auto` while the content overflows, `always`, `scroll` while
   * scrolling, `hover` while the pointer is over the area.
   * @default "auto"
   */
  type?: "auto" | "always" | "scroll" | "hover";
  /**
   * Names the scrolling region for screen readers. When the content overflows, the viewport
   * becomes a focusable `region` with this name, so keyboard users can scroll it with the arrow
   * keys, Page Up/Down, Home and End.
   */
  "aria-label"?: string;
  /** Like `aria-label`, pointing at a visible heading's id. */
  "aria-labelledby"?: string;
  /** Props for the viewport element (the one that scrolls), for example a ref-free `onScroll`. */
  viewportProps?: Omit<
    React.ComponentPropsWithoutRef<typeof ScrollAreaPrimitive.Viewport>,
    "children"
  >;
  /** Receives the viewport element, to read or set its scroll position. */
  viewportRef?: React.Ref<HTMLDivElement>;
}

/**
 * A box with its own scrolling and thin scrollbars that look the same on every platform and in
 * both themes. Give it a height (or width) through `className` or `style`, and a name with
 * `aria-label` so keyboard users can reach it when it overflows.
 */
export const ScrollArea = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ScrollAreaPrimitive.Root>,
  ScrollAreaProps
>(function ScrollArea(
  {
    className,
    children,
    orientation = defaults.orientation,
    type = defaults.type,
    "aria-label": ariaLabel,
    "aria-labelledby": ariaLabelledBy,
    viewportProps,
    viewportRef,
    ...props
  },
  ref,
) {
  if (!orientations.includes(orientation)) {
    throw new Error(
      `ScrollArea: orientation must be one of ${orientations.join(", ")}, got ${JSON.stringify(orientation)}.`,
    );
  }
  const viewport = React.useRef<HTMLDivElement | null>(null);
  React.useImperativeHandle(viewportRef, () => viewport.current as HTMLDivElement, []);
  const overflows = useOverflows(viewport, orientation);
  const named = ariaLabel !== undefined || ariaLabelledBy !== undefined;
  return (
    <ScrollAreaPrimitive.Root
      ref={ref}
      data-slot="scroll-area"
      data-orientation={orientation}
      type={type}
      {...props}
      className={cx("nx-scroll-area", className)}
    >
      <ScrollAreaPrimitive.Viewport
        ref={viewport}
        data-slot="scroll-area-viewport"
        disableImplicitContentElement
        {...(overflows ? { tabIndex: 0, ...(named ? { role: "region" } : {}) } : {})}
        aria-label={ariaLabel}
        aria-labelledby={ariaLabelledBy}
        {...viewportProps}
        className={cx("nx-scroll-area-viewport", viewportProps?.className)}
      >
        <ScrollAreaPrimitive.Content
          data-slot="scroll-area-content"
          className="nx-scroll-area-content"
          // Radix lays the content out as a table so it can grow sideways; a vertical area keeps
          // it at the viewport's width so text wraps.
          style={orientation === "vertical" ? { display: "block" } : undefined}
        >
          {children}
        </ScrollAreaPrimitive.Content>
      </ScrollAreaPrimitive.Viewport>
      {orientation !== "horizontal" ? <ScrollBar orientation="vertical" /> : null}
      {orientation !== "vertical" ? <ScrollBar orientation="horizontal" /> : null}
      {orientation === "both" ? (
        <ScrollAreaPrimitive.Corner
          data-slot="scroll-area-corner"
          className="nx-scroll-area-corner"
        />
      ) : null}
    </ScrollAreaPrimitive.Root>
  );
});

export interface ScrollBarProps extends React.ComponentPropsWithoutRef<
  typeof ScrollAreaPrimitive.Scrollbar
> {
  /**
   * The axis it scrolls.
   * @default "vertical"
   */
  orientation?: "vertical" | "horizontal";
}

/**
 * One scrollbar. `ScrollArea` renders those its `orientation` needs; use this only when
 * composing Radix's parts yourself.
 */
export const ScrollBar = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ScrollAreaPrimitive.Scrollbar>,
  ScrollBarProps
>(function ScrollBar({ className, orientation = "vertical", ...props }, ref) {
  return (
    <ScrollAreaPrimitive.Scrollbar
      ref={ref}
      data-slot="scroll-area-scrollbar"
      orientation={orientation}
      {...props}
      className={cx("nx-scroll-area-scrollbar", className)}
    >
      <ScrollAreaPrimitive.Thumb data-slot="scroll-area-thumb" className="nx-scroll-area-thumb" />
    </ScrollAreaPrimitive.Scrollbar>
  );
});
