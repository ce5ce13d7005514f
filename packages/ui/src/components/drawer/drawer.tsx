"use client";

import { Slot } from "@radix-ui/react-slot";
import { cx } from "class-variance-authority";
import * as React from "react";
import { Drawer as DrawerPrimitive } from "vaul";
import { usePortalTheme } from "../theme/theme-context";
import { dialogClasses } from "../../shared/dialog-classes";
import type { OpenStateProps } from "../../shared/open-state";

const reducedMotionQuery = "(prefers-reduced-motion: reduce)";
const subscribeToReducedMotion = (onChange: () => void) => {
  const query = window.matchMedia(reducedMotionQuery);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/**
 * vaul slides and fades with its own unlayered keyframes, whatever the user's motion setting;
 * our layered CSS cannot beat them, so the parts turn them off inline when motion is reduced.
 */
function useMotionStyle(style: React.CSSProperties | undefined): React.CSSProperties | undefined {
  const reduced = React.useSyncExternalStore(
    subscribeToReducedMotion,
    () => window.matchMedia(reducedMotionQuery).matches,
    () => false,
  );
  return reduced ? { animation: "none", ...style } : style;
}

/** vaul's root props, but for `direction`: the Drawer is a bottom drawer (a side panel is a `Sheet`). */
type VaulRootProps = React.ComponentProps<typeof DrawerPrimitive.Root>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type DrawerProps = DistributiveOmit<VaulRootProps, "direction"> &
  OpenStateProps & {
    /**
     * Heights the drawer rests at, smallest first: fractions of the screen (`0.4`) or CSS pixel
     * strings (`"320px"`). Dragging moves between them; without them the drawer has one height,
     * its content's.
     */
    snapPoints?: (number | string)[];
    /**
     * How far (a fraction of its height) the drawer must be dragged down to close.
     * @default 0.25
     */
    closeThreshold?: number;
    /**
     * Whether dragging down, clicking outside and Escape close the drawer. Set `false` only
     * with `open` controlled, and give it a button that closes it.
     * @default true
     */
    dismissible?: boolean;
    /**
     * Modal drawers trap focus, block the page behind and hide it from screen readers.
     * @default true
     */
    modal?: boolean;
    /**
     * Move focus into the drawer when it opens, as a dialog does (vaul's own default is to leave
     * it on the trigger, behind the modal).
     * @default true
     */
    autoFocus?: boolean;
  };

/**
 * A panel that rises from the bottom of the screen and is dragged down to dismiss, as on
 * phones. Keyboard and screen-reader behaviour are a dialog's: name it with a `DrawerTitle`.
 */
export function Drawer({ autoFocus = true, ...props }: DrawerProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-autofocus -- vaul's prop moves focus into the open modal drawer, as every dialog does; not a page-load autofocus
    <DrawerPrimitive.Root autoFocus={autoFocus} {...(props as VaulRootProps)} direction="bottom" />
  );
}

export type DrawerTriggerProps = React.ComponentPropsWithoutRef<typeof DrawerPrimitive.Trigger>;

/** Opens the drawer. Use `asChild` to render your own `Button`. */
export const DrawerTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DrawerPrimitive.Trigger>,
  DrawerTriggerProps
>(function DrawerTrigger(props, ref) {
  return <DrawerPrimitive.Trigger ref={ref} data-slot="drawer-trigger" {...props} />;
});

export type DrawerPortalProps = React.ComponentPropsWithoutRef<typeof DrawerPrimitive.Portal>;

/** Renders its children into `document.body` (or `container`) while the drawer is open. */
export function DrawerPortal(props: DrawerPortalProps) {
  return <DrawerPrimitive.Portal {...props} />;
}

export type DrawerOverlayProps = React.ComponentPropsWithoutRef<typeof DrawerPrimitive.Overlay>;

/** The scrim behind the drawer; it fades with the drag. `DrawerContent` renders one for you. */
export const DrawerOverlay = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DrawerPrimitive.Overlay>,
  DrawerOverlayProps
>(function DrawerOverlay({ className, style, ...props }, ref) {
  const portalTheme = usePortalTheme();
  const motionStyle = useMotionStyle(style);
  return (
    <DrawerPrimitive.Overlay
      ref={ref}
      data-slot="drawer-overlay"
      className={cx("nx-drawer-overlay", className)}
      style={motionStyle}
      {...portalTheme}
      {...props}
    />
  );
});

export interface DrawerContentProps extends React.ComponentPropsWithoutRef<
  typeof DrawerPrimitive.Content
> {
  /**
   * Show the grab handle at the top, which says "drag me" (and cycles the snap points when
   * clicked). Dragging works anywhere on the drawer either way.
   * @default true
   */
  showHandle?: boolean;
}

/**
 * The drawer panel, rendered in a portal above an overlay. Focus moves inside on open, stays
 * trapped while open and returns to the trigger on close; Escape and a drag down close it.
 */
export const DrawerContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DrawerPrimitive.Content>,
  DrawerContentProps
>(function DrawerContent({ className, style, showHandle = true, children, ...props }, ref) {
  const portalTheme = usePortalTheme();
  const motionStyle = useMotionStyle(style);
  return (
    <DrawerPortal>
      <DrawerOverlay />
      <DrawerPrimitive.Content
        ref={ref}
        data-slot="drawer-content"
        className={cx("nx-drawer-content", dialogClasses.panel, className)}
        style={motionStyle}
        {...portalTheme}
        {...props}
      >
        {showHandle && (
          // vaul styles its handle with an unlayered rule and a fixed grey; the token wins inline.
          <DrawerPrimitive.Handle
            data-slot="drawer-handle"
            className="nx-drawer-content__handle"
            style={{ background: "var(--nx-color-border)" }}
          />
        )}
        {children}
      </DrawerPrimitive.Content>
    </DrawerPortal>
  );
});

export interface DrawerHeaderProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the header's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Stacks the title and description at the top of the drawer. */
export const DrawerHeader = /* @__PURE__ */ React.forwardRef<HTMLDivElement, DrawerHeaderProps>(
  function DrawerHeader({ className, asChild = false, ...props }, ref) {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="drawer-header"
        className={cx("nx-drawer-header", className)}
        {...props}
      />
    );
  },
);

export interface DrawerBodyProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the body's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** The drawer's main content: grows to fill the space and scrolls on its own. */
export const DrawerBody = /* @__PURE__ */ React.forwardRef<HTMLDivElement, DrawerBodyProps>(
  function DrawerBody({ className, asChild = false, ...props }, ref) {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="drawer-body"
        className={cx("nx-drawer-body", className)}
        {...props}
      />
    );
  },
);

export interface DrawerFooterProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the footer's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Holds the drawer's actions, stacked full width at the bottom (thumb reach on phones). */
export const DrawerFooter = /* @__PURE__ */ React.forwardRef<HTMLDivElement, DrawerFooterProps>(
  function DrawerFooter({ className, asChild = false, ...props }, ref) {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="drawer-footer"
        className={cx("nx-drawer-footer", className)}
        {...props}
      />
    );
  },
);

export type DrawerTitleProps = React.ComponentPropsWithoutRef<typeof DrawerPrimitive.Title>;

/** The drawer's heading and accessible name. Required: hide it visually if the design has none. */
export const DrawerTitle = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DrawerPrimitive.Title>,
  DrawerTitleProps
>(function DrawerTitle({ className, ...props }, ref) {
  return (
    <DrawerPrimitive.Title
      ref={ref}
      data-slot="drawer-title"
      className={cx(dialogClasses.title, "nx-drawer-title", className)}
      {...props}
    />
  );
});

export type DrawerDescriptionProps = React.ComponentPropsWithoutRef<
  typeof DrawerPrimitive.Description
>;

/** Explains the drawer's purpose; announced with the title as its accessible description. */
export const DrawerDescription = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DrawerPrimitive.Description>,
  DrawerDescriptionProps
>(function DrawerDescription({ className, ...props }, ref) {
  return (
    <DrawerPrimitive.Description
      ref={ref}
      data-slot="drawer-description"
      className={cx(dialogClasses.description, "nx-drawer-description", className)}
      {...props}
    />
  );
});

export type DrawerCloseProps = React.ComponentPropsWithoutRef<typeof DrawerPrimitive.Close>;

/** Closes the drawer. Unstyled: use `asChild` with a `Button`. */
export const DrawerClose = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DrawerPrimitive.Close>,
  DrawerCloseProps
>(function DrawerClose(props, ref) {
  return <DrawerPrimitive.Close ref={ref} data-slot="drawer-close" {...props} />;
});
