"use client";

import { XIcon } from "@nexod/icons";
import { cx } from "class-variance-authority";
import * as React from "react";

export interface AlertDismissProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * Called when the button is pressed, before the alert hides. Call
   * `event.preventDefault()` to keep it and remove it yourself (from state, or after saving
   * that it was dismissed).
   */
  onDismiss?: (event: React.MouseEvent<HTMLButtonElement>) => void;
  /**
   * The button's accessible name; translate it.
   * @default "Dismiss"
   */
  label?: string;
}

/**
 * The close button of an `Alert`: the one client part, so an alert without it stays a server
 * component. Pressing it hides the alert around it (`hidden` on the element with
 * `data-slot="alert"`) unless `onDismiss` prevents that.
 */
export const AlertDismiss = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, AlertDismissProps>(
  function AlertDismiss({ className, onDismiss, onClick, label = "Dismiss", ...props }, ref) {
    return (
      <button
        ref={ref}
        type="button"
        data-slot="alert-dismiss"
        aria-label={label}
        className={cx("nx-alert-dismiss nx-focus-ring nx-hover-tint", className)}
        onClick={(event) => {
          onClick?.(event);
          onDismiss?.(event);
          if (event.defaultPrevented) return;
          const alert = event.currentTarget.closest<HTMLElement>('[data-slot="alert"]');
          if (alert) {
            alert.hidden = true;
            alert.setAttribute("data-state", "dismissed");
          }
        }}
        {...props}
      >
        <XIcon className="nx-alert-dismiss__icon nx-icon-sm" size="sm" />
      </button>
    );
  },
);
