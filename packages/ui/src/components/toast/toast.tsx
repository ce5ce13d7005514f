"use client";

import { XIcon } from "@nexod/icons";
import * as ToastPrimitive from "@radix-ui/react-toast";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { usePortalTheme } from "../theme/theme-context";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { position: "bottom-right", variant: "neutral" } as const;

/** Class names of the toast viewport's look (styles: toast.css). */
export const toastViewportVariants = /* @__PURE__ */ cva("nx-toast-viewport", {
  variants: {
    /**
     * Corner (or edge centre) of the window the toasts stack from. Toasts join the list in
     * the order they open; the newest shows nearest the edge and is the first Tab stop.
     * @default "bottom-right"
     */
    position: {
      "top-left": "nx-toast-viewport--top-left",
      "top-center": "nx-toast-viewport--top-center",
      "top-right": "nx-toast-viewport--top-right",
      "bottom-left": "nx-toast-viewport--bottom-left",
      "bottom-center": "nx-toast-viewport--bottom-center",
      "bottom-right": "nx-toast-viewport--bottom-right",
    },
  },
  defaultVariants: { position: defaults.position },
});

/**
 * Class names of a toast's look (styles: toast.css). Enter/exit animations run only without
 * reduced motion (see `dropdownMenuContentVariants`).
 */
export const toastVariants = /* @__PURE__ */ cva("nx-toast nx-focus-ring", {
  variants: {
    /**
     * Meaning of the message; each maps to a semantic token pair.
     * @default "neutral"
     */
    variant: {
      neutral: "nx-toast--neutral",
      success: "nx-toast--success",
      info: "nx-toast--info",
      warning: "nx-toast--warning",
      destructive: "nx-toast--destructive",
    },
  },
  defaultVariants: { variant: defaults.variant },
});

export interface ToastProviderProps extends React.ComponentPropsWithoutRef<
  typeof ToastPrimitive.Provider
> {
  /**
   * Word read before each toast's text by screen readers; translate it.
   * @default "Notification"
   */
  label?: string;
  /**
   * How long each toast stays, in ms, unless it sets its own `duration`. The timer pauses
   * while the pointer or focus is in the viewport and while the window is in the background.
   * @default 5000
   */
  duration?: number;
  /**
   * Direction a pointer swipe dismisses a toast in.
   * @default "right"
   */
  swipeDirection?: "up" | "down" | "left" | "right";
  /**
   * Distance in px a swipe must pass to dismiss.
   * @default 50
   */
  swipeThreshold?: number;
}

/**
 * Holds the toasts' shared settings and announcements. Wrap the app once, with one
 * `ToastViewport` inside (`Toaster` does both). Renders no element, so it takes no ref.
 */
export function ToastProvider(props: ToastProviderProps) {
  return <ToastPrimitive.Provider {...props} />;
}

export interface ToastViewportProps
  extends
    React.ComponentPropsWithoutRef<typeof ToastPrimitive.Viewport>,
    VariantProps<typeof toastViewportVariants> {
  /**
   * Keys that move focus to the toasts (`event.code` or modifier names such as `altKey`).
   * @default ["F8"]
   */
  hotkey?: string[];
  /**
   * Name of the notifications landmark (`role="region"`); `{hotkey}` is replaced with the keys.
   * @default "Notifications ({hotkey})"
   */
  label?: string;
}

/** The fixed list the toasts render into, inside a labelled `region` landmark. */
export const ToastViewport = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Viewport>,
  ToastViewportProps
>(function ToastViewport({ className, position, ...props }, ref) {
  const portalTheme = usePortalTheme();
  return (
    <ToastPrimitive.Viewport
      ref={ref}
      data-slot="toast-viewport"
      data-position={position ?? defaults.position}
      {...portalTheme}
      {...props}
      className={cx(toastViewportVariants({ position }), className)}
    />
  );
});

export interface ToastProps
  extends
    React.ComponentPropsWithoutRef<typeof ToastPrimitive.Root>,
    VariantProps<typeof toastVariants> {
  /** Whether the toast shows. Use with `onOpenChange` to control it. */
  open?: boolean;
  /**
   * Whether the toast shows on first render, when you do not control it.
   * @default true
   */
  defaultOpen?: boolean;
  /** Called with `false` when the toast closes: timer, close button, action, Escape or swipe. */
  onOpenChange?: (open: boolean) => void;
  /**
   * `foreground` interrupts screen readers at once (`aria-live="assertive"`): use it for errors
   * and anything people must act on. `background` waits for a pause (`polite`).
   * @default "foreground" for `variant="destructive"`, otherwise "background"
   */
  type?: "foreground" | "background";
  /**
   * Time in ms before the toast closes itself; overrides the provider's. `Infinity` keeps it
   * until dismissed.
   */
  duration?: number;
}

/** A short, temporary message (`li` in the viewport), announced through a live region. */
export const Toast = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Root>,
  ToastProps
>(function Toast({ className, variant, type, ...props }, ref) {
  return (
    <ToastPrimitive.Root
      ref={ref}
      data-slot="toast"
      data-variant={variant ?? defaults.variant}
      type={type ?? (variant === "destructive" ? "foreground" : "background")}
      {...props}
      className={cx(toastVariants({ variant }), className)}
    />
  );
});

export type ToastTitleProps = React.ComponentPropsWithoutRef<typeof ToastPrimitive.Title>;

/** The toast's summary, read first. */
export const ToastTitle = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Title>,
  ToastTitleProps
>(function ToastTitle({ className, ...props }, ref) {
  return (
    <ToastPrimitive.Title
      ref={ref}
      data-slot="toast-title"
      {...props}
      className={cx("nx-toast-title", className)}
    />
  );
});

export type ToastDescriptionProps = React.ComponentPropsWithoutRef<
  typeof ToastPrimitive.Description
>;

/** Details under the title. */
export const ToastDescription = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Description>,
  ToastDescriptionProps
>(function ToastDescription({ className, ...props }, ref) {
  return (
    <ToastPrimitive.Description
      ref={ref}
      data-slot="toast-description"
      {...props}
      className={cx("nx-toast-description", className)}
    />
  );
});

export interface ToastActionProps extends React.ComponentPropsWithoutRef<
  typeof ToastPrimitive.Action
> {
  /**
   * How to do the same thing without the toast, read to screen-reader users instead of the
   * button (they may not reach it before it closes), e.g. "Undo with Ctrl+Z" or "Open Trash
   * from the sidebar to restore".
   */
  altText: string;
}

/** A button for the one action a toast offers (Undo, Retry). Closes the toast when clicked. */
export const ToastAction = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Action>,
  ToastActionProps
>(function ToastAction({ className, ...props }, ref) {
  return (
    <ToastPrimitive.Action
      ref={ref}
      data-slot="toast-action"
      {...props}
      className={cx("nx-toast-action", className)}
    />
  );
});

export type ToastCloseProps = React.ComponentPropsWithoutRef<typeof ToastPrimitive.Close>;

/**
 * The close button in the toast's corner: an × named "Close". Pass `aria-label` to translate
 * the name, or visible children (text) to replace the icon and name the button.
 */
export const ToastClose = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Close>,
  ToastCloseProps
>(function ToastClose({ className, children, ...props }, ref) {
  return (
    <ToastPrimitive.Close
      ref={ref}
      data-slot="toast-close"
      aria-label={children == null ? "Close" : undefined}
      {...props}
      className={cx("nx-toast-close nx-focus-ring", className)}
    >
      {children ?? (
        // 3 of 24 units: the 2-of-16 stroke the toast was designed with.
        <XIcon size="sm" strokeWidth={3} className="nx-toast-close__icon nx-icon-sm" />
      )}
    </ToastPrimitive.Close>
  );
});
