"use client";

import * as TabsPrimitive from "@radix-ui/react-tabs";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export const tabsListVariants = cva(
  [
    "nx:flex nx:items-center nx:font-sans",
    "nx:data-[orientation=vertical]:flex-col nx:data-[orientation=vertical]:items-stretch",
  ],
  {
    variants: {
      /**
       * Look of the list and its tabs. `underline` marks the selected tab with a bar on a
       * divider (page sections); `pills` fills the selected tab (filters, light navigation);
       * `segmented` is a track with a raised selected tab (switching views of one thing).
       */
      variant: {
        underline: [
          "nx:gap-4 nx:border-b nx:border-border",
          "nx:data-[orientation=vertical]:gap-1 nx:data-[orientation=vertical]:border-b-0 nx:data-[orientation=vertical]:border-e",
        ],
        pills: "nx:w-fit nx:gap-2",
        segmented: "nx:w-fit nx:gap-1 nx:rounded-lg nx:bg-muted nx:p-1",
      },
    },
    defaultVariants: { variant: "underline" },
  },
);

export const tabsTriggerVariants = cva(
  [
    "nx:inline-flex nx:items-center nx:justify-center nx:gap-2 nx:whitespace-nowrap",
    "nx:border-0 nx:bg-transparent nx:font-sans nx:text-sm nx:font-medium nx:text-muted-foreground",
    "nx:cursor-pointer nx:select-none nx:transition-colors nx:outline-none",
    "nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
    "nx:disabled:cursor-not-allowed nx:disabled:opacity-50",
    "nx:[&_svg]:pointer-events-none nx:[&_svg]:size-4 nx:[&_svg]:shrink-0",
  ],
  {
    variants: {
      /** Set from the enclosing `TabsList`; see its `variant`. */
      variant: {
        underline: [
          "nx:-mb-px nx:border-b-2 nx:border-transparent nx:px-1 nx:py-2",
          "nx:data-[state=inactive]:hover:text-foreground",
          "nx:data-[state=active]:border-primary nx:data-[state=active]:text-foreground",
          "nx:data-[orientation=vertical]:mb-0 nx:data-[orientation=vertical]:-me-px nx:data-[orientation=vertical]:justify-start",
          "nx:data-[orientation=vertical]:border-b-0 nx:data-[orientation=vertical]:border-e-2 nx:data-[orientation=vertical]:px-3",
        ],
        pills: [
          "nx:rounded-full nx:px-3 nx:py-1.5",
          "nx:data-[state=inactive]:hover:bg-muted nx:data-[state=inactive]:hover:text-foreground",
          "nx:data-[state=active]:bg-primary nx:data-[state=active]:text-primary-foreground",
        ],
        segmented: [
          "nx:rounded-md nx:px-3 nx:py-1.5",
          "nx:data-[state=inactive]:hover:text-foreground",
          "nx:data-[state=active]:bg-background nx:data-[state=active]:text-foreground nx:data-[state=active]:shadow-sm",
        ],
      },
    },
    defaultVariants: { variant: "underline" },
  },
);

type TabsListVariant = NonNullable<VariantProps<typeof tabsListVariants>["variant"]>;

const TabsListVariantContext = React.createContext<TabsListVariant>("underline");

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
export const Tabs = React.forwardRef<React.ComponentRef<typeof TabsPrimitive.Root>, TabsProps>(
  ({ className, ...props }, ref) => (
    <TabsPrimitive.Root
      ref={ref}
      data-slot="tabs"
      {...props}
      className={cx("nx:flex nx:gap-4 nx:data-[orientation=horizontal]:flex-col", className)}
    />
  ),
);
Tabs.displayName = "Tabs";

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
export const TabsList = React.forwardRef<
  React.ComponentRef<typeof TabsPrimitive.List>,
  TabsListProps
>(({ className, variant, ...props }, ref) => (
  <TabsListVariantContext.Provider value={variant ?? "underline"}>
    <TabsPrimitive.List
      ref={ref}
      data-slot="tabs-list"
      data-variant={variant ?? "underline"}
      {...props}
      className={cx(tabsListVariants({ variant }), className)}
    />
  </TabsListVariantContext.Provider>
));
TabsList.displayName = "TabsList";

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
export const TabsTrigger = React.forwardRef<
  React.ComponentRef<typeof TabsPrimitive.Trigger>,
  TabsTriggerProps
>(({ className, ...props }, ref) => {
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
TabsTrigger.displayName = "TabsTrigger";

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
export const TabsContent = React.forwardRef<
  React.ComponentRef<typeof TabsPrimitive.Content>,
  TabsContentProps
>(({ className, ...props }, ref) => (
  <TabsPrimitive.Content
    ref={ref}
    data-slot="tabs-content"
    {...props}
    className={cx(
      "nx:flex-1 nx:rounded-sm nx:outline-none",
      "nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
      className,
    )}
  />
));
TabsContent.displayName = "TabsContent";
