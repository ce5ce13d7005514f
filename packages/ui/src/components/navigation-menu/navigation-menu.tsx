"use client";

import { ChevronDownIcon } from "@nexod/icons";
import * as NavigationMenuPrimitive from "@radix-ui/react-navigation-menu";
import { cva, cx } from "class-variance-authority";
import * as React from "react";

/**
 * Class names of a top-level entry's look (styles: navigation-menu.css), for a
 * `NavigationMenuLink` placed straight in the list so it matches the triggers.
 */
export const navigationMenuTriggerVariants = /* @__PURE__ */ cva(
  "nx-navigation-menu-trigger nx-focus-ring nx-hover-tint",
);

export interface NavigationMenuProps extends React.ComponentPropsWithoutRef<
  typeof NavigationMenuPrimitive.Root
> {
  /**
   * Render one shared `NavigationMenuViewport` under the list, where every flyout opens (its
   * size animates between them). Turn it off to position each `NavigationMenuContent` yourself.
   * @default true
   */
  viewport?: boolean;
  /**
   * Accessible name of the navigation landmark; translate it.
   * @default "Main"
   */
  "aria-label"?: string;
}

/**
 * A site's top navigation: links and triggers that open flyouts of links. Keyboard: Tab moves
 * between entries, Enter/Space/ArrowDown opens a flyout and moves into it, Escape closes it.
 */
export const NavigationMenu = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof NavigationMenuPrimitive.Root>,
  NavigationMenuProps
>(function NavigationMenu(
  { className, children, viewport = true, "aria-label": label = "Main", ...props },
  ref,
) {
  return (
    <NavigationMenuPrimitive.Root
      ref={ref}
      aria-label={label}
      data-viewport={viewport ? "" : undefined}
      data-slot="navigation-menu"
      className={cx("nx-navigation-menu", className)}
      {...props}
    >
      {children}
      {viewport && <NavigationMenuViewport />}
    </NavigationMenuPrimitive.Root>
  );
});

export type NavigationMenuListProps = React.ComponentPropsWithoutRef<
  typeof NavigationMenuPrimitive.List
>;

/** The row of top-level entries. */
export const NavigationMenuList = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof NavigationMenuPrimitive.List>,
  NavigationMenuListProps
>(function NavigationMenuList({ className, ...props }, ref) {
  return (
    <NavigationMenuPrimitive.List
      ref={ref}
      data-slot="navigation-menu-list"
      className={cx("nx-navigation-menu-list", className)}
      {...props}
    />
  );
});

export type NavigationMenuItemProps = React.ComponentPropsWithoutRef<
  typeof NavigationMenuPrimitive.Item
>;

/** One top-level entry: a `NavigationMenuLink`, or a trigger with its content. */
export const NavigationMenuItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof NavigationMenuPrimitive.Item>,
  NavigationMenuItemProps
>(function NavigationMenuItem({ className, ...props }, ref) {
  return (
    <NavigationMenuPrimitive.Item
      ref={ref}
      data-slot="navigation-menu-item"
      className={cx("nx-navigation-menu-item", className)}
      {...props}
    />
  );
});

export type NavigationMenuTriggerProps = React.ComponentPropsWithoutRef<
  typeof NavigationMenuPrimitive.Trigger
>;

/** The button that opens its item's flyout, with a chevron that turns while open. */
export const NavigationMenuTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof NavigationMenuPrimitive.Trigger>,
  NavigationMenuTriggerProps
>(function NavigationMenuTrigger({ className, children, ...props }, ref) {
  return (
    <NavigationMenuPrimitive.Trigger
      ref={ref}
      data-slot="navigation-menu-trigger"
      className={cx(navigationMenuTriggerVariants(), className)}
      {...props}
    >
      {children}
      <ChevronDownIcon size="sm" aria-hidden="true" className="nx-navigation-menu-trigger__icon" />
    </NavigationMenuPrimitive.Trigger>
  );
});

export type NavigationMenuContentProps = React.ComponentPropsWithoutRef<
  typeof NavigationMenuPrimitive.Content
>;

/** The flyout of an item: links, often in a grid, shown in the viewport. */
export const NavigationMenuContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof NavigationMenuPrimitive.Content>,
  NavigationMenuContentProps
>(function NavigationMenuContent({ className, ...props }, ref) {
  return (
    <NavigationMenuPrimitive.Content
      ref={ref}
      data-slot="navigation-menu-content"
      className={cx("nx-navigation-menu-content", className)}
      {...props}
    />
  );
});

export interface NavigationMenuLinkProps extends React.ComponentPropsWithoutRef<
  typeof NavigationMenuPrimitive.Link
> {
  /**
   * The page the link points to is the current one: marked and announced as
   * `aria-current="page"`.
   * @default false
   */
  active?: boolean;
  /**
   * Render the single child element (Next.js `Link`, a router's link) with the link's look and
   * the menu's keyboard behaviour.
   * @default false
   */
  asChild?: boolean;
}

/**
 * A link in a flyout or straight in the list (give it `navigationMenuTriggerVariants()` there).
 * Choosing it closes the menu.
 */
export const NavigationMenuLink = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof NavigationMenuPrimitive.Link>,
  NavigationMenuLinkProps
>(function NavigationMenuLink({ className, ...props }, ref) {
  return (
    <NavigationMenuPrimitive.Link
      ref={ref}
      data-slot="navigation-menu-link"
      className={cx("nx-navigation-menu-link nx-focus-ring nx-hover-tint", className)}
      {...props}
    />
  );
});

export type NavigationMenuViewportProps = React.ComponentPropsWithoutRef<
  typeof NavigationMenuPrimitive.Viewport
>;

/**
 * Where the open flyout shows, on the raised surface with a shadow, sized to its content and
 * animating between flyouts. `NavigationMenu` renders one unless `viewport={false}`.
 */
export const NavigationMenuViewport = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof NavigationMenuPrimitive.Viewport>,
  NavigationMenuViewportProps
>(function NavigationMenuViewport({ className, ...props }, ref) {
  return (
    <div className="nx-navigation-menu-viewport-position">
      <NavigationMenuPrimitive.Viewport
        ref={ref}
        data-slot="navigation-menu-viewport"
        className={cx("nx-navigation-menu-viewport", className)}
        {...props}
      />
    </div>
  );
});

export type NavigationMenuIndicatorProps = React.ComponentPropsWithoutRef<
  typeof NavigationMenuPrimitive.Indicator
>;

/**
 * A small arrow under the open trigger, pointing at the shared viewport. Place it after the
 * list's items; it is meant for the viewport (with `viewport={false}` each flyout sits under its
 * own trigger and needs no arrow).
 */
export const NavigationMenuIndicator = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof NavigationMenuPrimitive.Indicator>,
  NavigationMenuIndicatorProps
>(function NavigationMenuIndicator({ className, ...props }, ref) {
  return (
    <NavigationMenuPrimitive.Indicator
      ref={ref}
      data-slot="navigation-menu-indicator"
      className={cx("nx-navigation-menu-indicator", className)}
      {...props}
    >
      <div className="nx-navigation-menu-indicator__arrow" />
    </NavigationMenuPrimitive.Indicator>
  );
});
