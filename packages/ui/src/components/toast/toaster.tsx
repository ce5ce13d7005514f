"use client";

import * as React from "react";
import {
  Toast,
  ToastAction,
  ToastClose,
  ToastDescription,
  ToastProvider,
  ToastTitle,
  ToastViewport,
  type ToastProviderProps,
  type ToastViewportProps,
} from "./toast";
import {
  getServerToasts,
  getToasts,
  removeClosedToast,
  subscribeToToasts,
  toast,
  type ToastRecord,
} from "./toast-store";

export interface ToasterProps {
  /**
   * Where the toasts stack.
   * @default "bottom-right"
   */
  position?: ToastViewportProps["position"];
  /**
   * How long each toast stays, in ms, unless `toast({ duration })` says otherwise.
   * @default 5000
   */
  duration?: number;
  /**
   * Word read before each toast's text by screen readers; translate it.
   * @default "Notification"
   */
  label?: string;
  /**
   * Name of the notifications landmark; `{hotkey}` is replaced with the keys.
   * @default "Notifications ({hotkey})"
   */
  viewportLabel?: string;
  /**
   * Keys that move focus to the toasts.
   * @default ["F8"]
   */
  hotkey?: string[];
  /**
   * Accessible name of each toast's close button; translate it.
   * @default "Close"
   */
  closeLabel?: string;
  /** Class names for the viewport (the fixed list), appended after ours. */
  className?: string;
}

/** Drops the record once Radix has unmounted the toast, i.e. after its exit animation. */
function RemoveAfterExit({ id }: { id: string }) {
  React.useEffect(() => () => removeClosedToast(id), [id]);
  return null;
}

function QueuedToast({ record, closeLabel }: { record: ToastRecord; closeLabel: string }) {
  const { id, open, title, description, action, variant, type, duration } = record;
  return (
    <Toast
      open={open}
      onOpenChange={(next) => {
        if (!next) toast.dismiss(id);
      }}
      variant={variant}
      type={type}
      duration={duration}
    >
      <RemoveAfterExit id={id} />
      {/* The " " text nodes keep words apart in Radix's announcement; grid and flex hide them. */}
      <div className="nx-toast__text">
        {title != null && <ToastTitle>{title}</ToastTitle>}{" "}
        {description != null && <ToastDescription>{description}</ToastDescription>}
      </div>{" "}
      {action && (
        <ToastAction altText={action.altText} onClick={action.onClick}>
          {action.label}
        </ToastAction>
      )}
      <ToastClose aria-label={closeLabel} />
    </Toast>
  );
}

/**
 * Shows the toasts queued with `toast()`. Mount it once, in the root layout. At most three
 * show at once; a newer one closes the oldest. Renders an empty viewport on the server.
 */
export function Toaster({
  position = "bottom-right",
  duration,
  label,
  viewportLabel,
  hotkey,
  closeLabel = "Close",
  className,
}: ToasterProps) {
  const toasts = React.useSyncExternalStore(subscribeToToasts, getToasts, getServerToasts);
  const swipeDirection: ToastProviderProps["swipeDirection"] = position?.endsWith("left")
    ? "left"
    : "right";
  return (
    <ToastProvider duration={duration} label={label} swipeDirection={swipeDirection}>
      {toasts.map((record) => (
        <QueuedToast key={record.id} record={record} closeLabel={closeLabel} />
      ))}
      <ToastViewport
        position={position}
        hotkey={hotkey}
        label={viewportLabel}
        className={className}
      />
    </ToastProvider>
  );
}
