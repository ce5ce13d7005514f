"use client";

import * as ToastPrimitive from "@radix-ui/react-toast";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export const toastViewportVariants = cva(
  [
    "nx:fixed nx:z-(--nx-z-toast) nx:m-0 nx:flex nx:max-h-dvh nx:w-full nx:max-w-96 nx:gap-2",
    "nx:list-none nx:p-4 nx:outline-none",
  ],
  {
    variants: {
      /**
       * Corner (or edge centre) of the window the toasts stack from. Toasts join the list in
       * the order they open; the newest shows nearest the edge and is the first Tab stop.
       */
      position: {
        "top-left": "nx:top-0 nx:left-0 nx:flex-col-reverse",
        "top-center": "nx:top-0 nx:left-1/2 nx:-translate-x-1/2 nx:flex-col-reverse",
        "top-right": "nx:top-0 nx:right-0 nx:flex-col-reverse",
        "bottom-left": "nx:bottom-0 nx:left-0 nx:flex-col",
        "bottom-center": "nx:bottom-0 nx:left-1/2 nx:-translate-x-1/2 nx:flex-col",
        "bottom-right": "nx:bottom-0 nx:right-0 nx:flex-col",
      },
    },
    defaultVariants: { position: "bottom-right" },
  },
);

/** Enter/exit animations run only without reduced motion (see `dropdownMenuContentVariants`). */
export const toastVariants = cva(
  [
    "nx:pointer-events-auto nx:relative nx:flex nx:w-full nx:items-center nx:gap-4",
    "nx:rounded-lg nx:border nx:py-3 nx:ps-4 nx:pe-10 nx:shadow-lg nx:font-sans nx:text-sm",
    "nx:outline-none nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
    "nx:motion-safe:data-[state=open]:animate-scale-in nx:motion-safe:data-[state=closed]:animate-scale-out",
    "nx:data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x)",
    "nx:data-[swipe=cancel]:translate-x-0 nx:motion-safe:data-[swipe=cancel]:transition-[translate]",
    "nx:data-[swipe=end]:translate-x-(--radix-toast-swipe-end-x)",
  ],
  {
    variants: {
      /** Meaning of the message; each maps to a semantic token pair. */
      variant: {
        default: "nx:border-border nx:bg-raised nx:text-raised-foreground",
        success: "nx:border-transparent nx:bg-success nx:text-success-foreground",
        info: "nx:border-transparent nx:bg-info nx:text-info-foreground",
        warning: "nx:border-transparent nx:bg-warning nx:text-warning-foreground",
        destructive: "nx:border-transparent nx:bg-destructive nx:text-destructive-foreground",
      },
    },
    defaultVariants: { variant: "default" },
  },
);

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
ToastProvider.displayName = "ToastProvider";

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
export const ToastViewport = React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Viewport>,
  ToastViewportProps
>(({ className, position, ...props }, ref) => (
  <ToastPrimitive.Viewport
    ref={ref}
    data-slot="toast-viewport"
    data-position={position ?? "bottom-right"}
    {...props}
    className={cx(toastViewportVariants({ position }), className)}
  />
));
ToastViewport.displayName = "ToastViewport";

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
export const Toast = React.forwardRef<React.ComponentRef<typeof ToastPrimitive.Root>, ToastProps>(
  ({ className, variant, type, ...props }, ref) => (
    <ToastPrimitive.Root
      ref={ref}
      data-slot="toast"
      data-variant={variant ?? "default"}
      type={type ?? (variant === "destructive" ? "foreground" : "background")}
      {...props}
      className={cx(toastVariants({ variant }), className)}
    />
  ),
);
Toast.displayName = "Toast";

export type ToastTitleProps = React.ComponentPropsWithoutRef<typeof ToastPrimitive.Title>;

/** The toast's summary, read first. */
export const ToastTitle = React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Title>,
  ToastTitleProps
>(({ className, ...props }, ref) => (
  <ToastPrimitive.Title
    ref={ref}
    data-slot="toast-title"
    {...props}
    className={cx("nx:text-sm nx:font-semibold", className)}
  />
));
ToastTitle.displayName = "ToastTitle";

export type ToastDescriptionProps = React.ComponentPropsWithoutRef<
  typeof ToastPrimitive.Description
>;

/** Details under the title. */
export const ToastDescription = React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Description>,
  ToastDescriptionProps
>(({ className, ...props }, ref) => (
  <ToastPrimitive.Description
    ref={ref}
    data-slot="toast-description"
    {...props}
    className={cx("nx:text-sm", className)}
  />
));
ToastDescription.displayName = "ToastDescription";

const toastButtonClasses = [
  "nx:inline-flex nx:shrink-0 nx:items-center nx:justify-center nx:rounded-md nx:bg-transparent",
  "nx:font-sans nx:text-sm nx:font-medium nx:text-current nx:cursor-pointer nx:transition-colors",
  "nx:hover:bg-current/10 nx:outline-none",
  "nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
];

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
export const ToastAction = React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Action>,
  ToastActionProps
>(({ className, ...props }, ref) => (
  <ToastPrimitive.Action
    ref={ref}
    data-slot="toast-action"
    {...props}
    className={cx(toastButtonClasses, "nx:h-8 nx:border nx:border-current nx:px-3", className)}
  />
));
ToastAction.displayName = "ToastAction";

export type ToastCloseProps = React.ComponentPropsWithoutRef<typeof ToastPrimitive.Close>;

/**
 * The close button in the toast's corner: an × named "Close". Pass `aria-label` to translate
 * the name, or visible children (text) to replace the icon and name the button.
 */
export const ToastClose = React.forwardRef<
  React.ComponentRef<typeof ToastPrimitive.Close>,
  ToastCloseProps
>(({ className, children, ...props }, ref) => (
  <ToastPrimitive.Close
    ref={ref}
    data-slot="toast-close"
    aria-label={children == null ? "Close" : undefined}
    {...props}
    className={cx(
      toastButtonClasses,
      "nx:absolute nx:top-2 nx:end-2 nx:size-6 nx:border-0 nx:p-0",
      className,
    )}
  >
    {children ?? (
      <svg
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
        className="nx:size-4"
      >
        <path d="M4 4l8 8M12 4l-8 8" strokeLinecap="round" />
      </svg>
    )}
  </ToastPrimitive.Close>
));
ToastClose.displayName = "ToastClose";
