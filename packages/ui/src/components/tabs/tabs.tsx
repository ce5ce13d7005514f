"use client";

import * as TabsPrimitive from "@radix-ui/react-tabs";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "underline" } as const;

/** Class names of a tab list's look (styles: tabs.css). */
export const tabsListVariants = /* @__PURE__ */ cva("nx-tabs-list", {
  variants: {
    /**
     * Look of the list and its tabs. `underline` marks the selected tab with a bar on a
     * divider (page sections); `pills` fills the selected tab (filters, light navigation);
     * `segmented` is a track with a raised selected tab (switching views of one thing).
     * @default "underline"
     */
    variant: {
      underline: "nx-tabs-list--underline",
      pills: "nx-tabs-list--pills",
      segmented: "nx-tabs-list--segmented",
    },
  },
  defaultVariants: { variant: defaults.variant },
});

/** Class names of a tab's look (styles: tabs.css). */
export const tabsTriggerVariants = /* @__PURE__ */ cva("nx-tabs-trigger nx-focus-ring", {
  variants: {
    /**
     * Set from the enclosing `TabsList`; see its `variant`.
     * @default "underline"
     */
    variant: {
      underline: "nx-tabs-trigger--underline",
      pills: "nx-tabs-trigger--pills",
      segmented: "nx-tabs-trigger--segmented",
    },
  },
  defaultVariants: { variant: defaults.variant },
});

type TabsListVariant = NonNullable<VariantProps<typeof tabsListVariants>["variant"]>;

const TabsListVariantContext = /* @__PURE__ */ React.createContext<TabsListVariant>("underline");

export interface TabsProps extends React.ComponentPropsWithoutRef<typeof TabsPrimitive.Root> {
  /** The selected tab's `value`. Use with `onValueChange` to control the tabs. */
  value?: string;
  /** The tab selected on first render, when you do not control the tabs. */
  defaultValue?: string;
  /** Called with the newly selected tab's `value`. */
  onValueChange?: (value: string) => void;
  /**
   * Layout of the tab list. Arrow keys follow it: Left/Right when horizontal, Up/Down when
   * vertical.
   * @default "horizontal"
   */
  orientation?: "horizontal" | "vertical";
  /**
   * `automatic` selects a tab as soon as it receives focus; `manual` waits for Enter or Space
   * (use it when showing a panel is slow).
   * @default "automatic"
   */
  activationMode?: "automatic" | "manual";
  /** Reading direction; flips Left/Right. Inherits from a `DirectionProvider`. */
  dir?: "ltr" | "rtl";
}

/** Sections of content shown one at a time (WAI-ARIA tabs pattern). */
export const Tabs = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof TabsPrimitive.Root>,
  TabsProps
>(function Tabs({ className, ...props }, ref) {
  return (
    <TabsPrimitive.Root
      ref={ref}
      data-slot="tabs"
      {...props}
      className={cx("nx-tabs", className)}
    />
  );
});

export interface TabsListProps
  extends
    React.ComponentPropsWithoutRef<typeof TabsPrimitive.List>,
    VariantProps<typeof tabsListVariants> {
  /**
   * Whether arrow keys wrap from the last tab to the first and back.
   * @default true
   */
  loop?: boolean;
}

/**
 * The row (or column) of tabs, `role="tablist"`. Name it with `aria-label` when no heading
 * describes the tabs.
 */
export const TabsList = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof TabsPrimitive.List>,
  TabsListProps
>(function TabsList({ className, variant, ...props }, ref) {
  return (
    <TabsListVariantContext.Provider value={variant ?? defaults.variant}>
      <TabsPrimitive.List
        ref={ref}
        data-slot="tabs-list"
        data-variant={variant ?? defaults.variant}
        {...props}
        className={cx(tabsListVariants({ variant }), className)}
      />
    </TabsListVariantContext.Provider>
  );
});

export interface TabsTriggerProps extends React.ComponentPropsWithoutRef<
  typeof TabsPrimitive.Trigger
> {
  /** Identifies the tab and the `TabsContent` it shows. */
  value: string;
  /**
   * Skipped by arrow keys and not selectable.
   * @default false
   */
  disabled?: boolean;
}

/** One tab, `role="tab"`, controlling the `TabsContent` with the same `value`. */
export const TabsTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof TabsPrimitive.Trigger>,
  TabsTriggerProps
>(function TabsTrigger({ className, ...props }, ref) {
  const variant = React.useContext(TabsListVariantContext);
  return (
    <TabsPrimitive.Trigger
      ref={ref}
      data-slot="tabs-trigger"
      {...props}
      className={cx(tabsTriggerVariants({ variant }), className)}
    />
  );
});

export interface TabsContentProps extends React.ComponentPropsWithoutRef<
  typeof TabsPrimitive.Content
> {
  /** The `value` of the tab that shows this panel. */
  value: string;
  /**
   * Keep the panel mounted (hidden) while its tab is not selected, for example to keep form
   * state or to animate it yourself.
   */
  forceMount?: true;
}

/** The panel of one tab, `role="tabpanel"`, labelled by its tab and focusable with Tab. */
export const TabsContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof TabsPrimitive.Content>,
  TabsContentProps
>(function TabsContent({ className, ...props }, ref) {
  return (
    <TabsPrimitive.Content
      ref={ref}
      data-slot="tabs-content"
      {...props}
      className={cx("nx-tabs-content nx-focus-ring", className)}
    />
  );
});
