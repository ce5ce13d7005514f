import type * as React from "react";
import type { ToastProps } from "./toast";

/*
 * The queue behind `toast()`: plain module state and a listener set, read by `<Toaster />`
 * through `useSyncExternalStore`. No React here, so `toast()` works from any event handler,
 * effect or non-React module.
 */

/** At most this many toasts show at once; a newer one closes the oldest. */
const TOAST_LIMIT = 3;

export interface ToastActionOptions {
  /** Button text, e.g. "Undo". */
  label: React.ReactNode;
  /**
   * How to do the same thing without the toast, read to screen-reader users instead of the
   * button, e.g. "Undo with Ctrl+Z".
   */
  altText: string;
  /** Runs when the button is clicked; the toast then closes. */
  onClick?: (event: React.MouseEvent<HTMLButtonElement>) => void;
}

export interface ToastOptions {
  /** Short summary, read first. */
  title?: React.ReactNode;
  /** Details under the title. */
  description?: React.ReactNode;
  /**
   * Meaning of the message.
   * @default "neutral"
   */
  variant?: NonNullable<ToastProps["variant"]>;
  /** One action button (Undo, Retry). */
  action?: ToastActionOptions;
  /**
   * Time in ms before the toast closes itself; `Infinity` keeps it until dismissed.
   * @default the Toaster's `duration` (5000)
   */
  duration?: number;
  /**
   * `foreground` interrupts screen readers (`assertive`), `background` waits (`polite`).
   * @default "foreground" for `variant="destructive"`, otherwise "background"
   */
  type?: ToastProps["type"];
}

/** A queued toast as `<Toaster />` renders it. */
export interface ToastRecord extends ToastOptions {
  id: string;
  /** `false` once dismissed; the record is removed after its exit animation. */
  open: boolean;
}

/** What `toast()` returns, to change or close that toast later. */
export interface ToastHandle {
  /** Identifies the toast, e.g. for `toast.dismiss(id)`. */
  id: string;
  /** Closes the toast (with its exit animation). */
  dismiss: () => void;
  /** Replaces some of its options, e.g. `{ title: "Uploaded", variant: "success" }`. */
  update: (options: ToastOptions) => void;
}

const noToasts: readonly ToastRecord[] = [];
let toasts: readonly ToastRecord[] = noToasts;
let lastId = 0;
const listeners = /* @__PURE__ */ new Set<() => void>();

function setToasts(next: readonly ToastRecord[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

/** Subscribes to queue changes; returns the unsubscribe function. */
export function subscribeToToasts(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The current queue, oldest first. Same array until something changes. */
export function getToasts(): readonly ToastRecord[] {
  return toasts;
}

/** The queue during server rendering and hydration: always empty. */
export function getServerToasts(): readonly ToastRecord[] {
  return noToasts;
}

function updateToast(id: string, options: ToastOptions) {
  setToasts(toasts.map((record) => (record.id === id ? { ...record, ...options, id } : record)));
}

function dismissToast(id?: string) {
  if (!toasts.some((record) => record.open && (id === undefined || record.id === id))) return;
  setToasts(
    toasts.map((record) =>
      record.open && (id === undefined || record.id === id) ? { ...record, open: false } : record,
    ),
  );
}

/** Drops a dismissed toast once it has left the screen. Open toasts are kept. */
export function removeClosedToast(id: string) {
  if (!toasts.some((record) => record.id === id && !record.open)) return;
  setToasts(toasts.filter((record) => record.id !== id));
}

/** Empties the queue and restarts ids. For tests and stories. */
export function resetToasts() {
  lastId = 0;
  setToasts(noToasts);
}

function showToast(options: ToastOptions): ToastHandle {
  lastId += 1;
  const id = `toast-${lastId}`;
  const next = [...toasts, { ...options, id, open: true }];
  let tooMany = next.filter((record) => record.open).length - TOAST_LIMIT;
  setToasts(
    next.map((record) => {
      if (tooMany <= 0 || !record.open) return record;
      tooMany -= 1;
      return { ...record, open: false };
    }),
  );
  return { id, dismiss: () => dismissToast(id), update: (next) => updateToast(id, next) };
}

/**
 * Shows a toast through the app's `<Toaster />`, from anywhere (event handlers, effects, data
 * code). Returns a handle to update or dismiss it.
 *
 * @example
 * const saving = toast({ title: "Saving…", duration: Infinity });
 * saving.update({ title: "Saved", variant: "success", duration: 4000 });
 * toast({ title: "Deleted", action: { label: "Undo", altText: "Undo with Ctrl+Z", onClick: undo } });
 * toast.dismiss(); // closes every toast
 */
export const toast = /* @__PURE__ */ Object.assign(showToast, {
  /** Closes the toast with this id, or every toast without one. */
  dismiss: (id?: string) => dismissToast(id),
});
