"use client";

import { GripHorizontalIcon, GripVerticalIcon } from "@nexod/icons";
import { cx } from "class-variance-authority";
import * as React from "react";
import * as ResizablePrimitive from "react-resizable-panels";

// react-resizable-panels 4 (Group/Panel/Separator, sizes as numbers in pixels or strings in
// percent, `orientation` instead of v2's `direction`, refs through `elementRef`/`groupRef`).

type Orientation = "horizontal" | "vertical";

const OrientationContext = /* @__PURE__ */ React.createContext<Orientation>("horizontal");

export type ResizableLayout = ResizablePrimitive.Layout;
export type ResizablePanelGroupHandle = ResizablePrimitive.GroupImperativeHandle;
export type ResizablePanelHandle = ResizablePrimitive.PanelImperativeHandle;

export interface ResizablePanelGroupProps extends Omit<
  ResizablePrimitive.GroupProps,
  "elementRef"
> {
  /**
   * `horizontal` lays the panels side by side (the handles are vertical lines); `vertical`
   * stacks them.
   * @default "horizontal"
   */
  orientation?: Orientation;
  /** Panel sizes on first render, in percent by panel `id` (for example one restored from storage). */
  defaultLayout?: ResizableLayout;
  /** Called on every change while the user resizes. */
  onLayoutChange?: (layout: ResizableLayout) => void;
  /** Called once a resize has finished: the place to save the layout. */
  onLayoutChanged?: ResizablePrimitive.GroupProps["onLayoutChanged"];
  /** Receives the group's imperative API (`getLayout`, `setLayout`). */
  groupRef?: React.Ref<ResizablePanelGroupHandle | null>;
  /**
   * No panel of the group can be resized.
   * @default false
   */
  disabled?: boolean;
}

/**
 * Panels the user resizes by dragging the handles between them or with the keyboard (WAI-ARIA
 * window splitter): sidebars, editors beside previews. Give the group a size (it fills its
 * parent); put `ResizablePanel`s and `ResizableHandle`s in it, alternating.
 */
export const ResizablePanelGroup = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  ResizablePanelGroupProps
>(function ResizablePanelGroup({ className, orientation = "horizontal", ...props }, ref) {
  if (orientation !== "horizontal" && orientation !== "vertical") {
    throw new Error(
      `ResizablePanelGroup: orientation must be "horizontal" or "vertical", got ${JSON.stringify(orientation)}.`,
    );
  }
  return (
    <OrientationContext.Provider value={orientation}>
      <ResizablePrimitive.Group
        elementRef={ref}
        data-slot="resizable-panel-group"
        data-orientation={orientation}
        orientation={orientation}
        {...props}
        className={cx("nx-resizable-panel-group", className)}
      />
    </OrientationContext.Provider>
  );
});

export interface ResizablePanelProps extends Omit<ResizablePrimitive.PanelProps, "elementRef"> {
  /**
   * Identifies the panel in the group's layout (and in a saved layout). Falls back to a
   * generated id.
   */
  id?: string;
  /**
   * Size on first render: a number is pixels, a string is percent (`"30"` or `"30%"`), or a
   * CSS length (`"16rem"`). Without it the space is shared equally.
   */
  defaultSize?: number | string;
  /**
   * Smallest size, in the same units as `defaultSize`.
   * @default "0%"
   */
  minSize?: number | string;
  /**
   * Largest size, in the same units as `defaultSize`.
   * @default "100%"
   */
  maxSize?: number | string;
  /**
   * Dragging it below `minSize` collapses it to `collapsedSize`.
   * @default false
   */
  collapsible?: boolean;
  /**
   * Size when collapsed.
   * @default "0%"
   */
  collapsedSize?: number | string;
  /** Called with the panel's size (percent and pixels) when it changes. */
  onResize?: ResizablePrimitive.PanelProps["onResize"];
  /** Receives the panel's imperative API (`collapse`, `expand`, `resize`, `getSize`). */
  panelRef?: React.Ref<ResizablePanelHandle | null>;
}

/** One resizable region. Its content scrolls when it overflows. */
export const ResizablePanel = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ResizablePanelProps>(
  function ResizablePanel({ className, ...props }, ref) {
    return (
      <ResizablePrimitive.Panel
        elementRef={ref}
        data-slot="resizable-panel"
        {...props}
        className={cx("nx-resizable-panel", className)}
      />
    );
  },
);

export interface ResizableHandleProps extends Omit<
  ResizablePrimitive.SeparatorProps,
  "elementRef"
> {
  /**
   * Draw a grip on the line, so it reads as something to drag.
   * @default false
   */
  showGrip?: boolean;
  /**
   * Names the handle for screen readers ("Resize sidebar"); its value is the size of the panel
   * before it, in percent.
   */
  "aria-label"?: string;
  /**
   * The handle does nothing; the panels may still move when another handle is dragged.
   * @default false
   */
  disabled?: boolean;
}

/**
 * The line between two panels, `role="separator"` with its value in percent. Drag it, or focus
 * it and use the arrow keys (Left/Right when the group is horizontal, Up/Down when vertical),
 * Home and End; Enter collapses or restores a collapsible panel.
 */
export const ResizableHandle = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  ResizableHandleProps
>(function ResizableHandle({ className, showGrip = false, ...props }, ref) {
  const orientation = React.useContext(OrientationContext);
  const Grip = orientation === "horizontal" ? GripVerticalIcon : GripHorizontalIcon;
  return (
    <ResizablePrimitive.Separator
      elementRef={ref ?? undefined}
      data-slot="resizable-handle"
      data-orientation={orientation}
      {...props}
      className={cx("nx-resizable-handle", className)}
    >
      {showGrip ? (
        <span data-slot="resizable-grip" className="nx-resizable-handle__grip">
          <Grip aria-hidden className="nx-resizable-handle__grip-icon" />
        </span>
      ) : null}
    </ResizablePrimitive.Separator>
  );
});
