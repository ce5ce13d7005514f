"use client";

import { cx } from "class-variance-authority";
import * as React from "react";

export interface InputGroupAddonProps extends React.HTMLAttributes<HTMLSpanElement> {
  /** An icon from `@nexod/icons` or a short text ("https://", "€", ".com", "kg"). */
  children: React.ReactNode;
}

/**
 * An icon or a short text inside an InputGroup, before or after the Input. Clicking it focuses
 * the Input, as clicking inside a field does. Icons are decorative (hidden from screen readers);
 * a text that matters ("€") is read by screen readers with the field's text, so also say it in
 * the label ("Amount in euros") when it changes what the user types.
 */
export const InputGroupAddon = /* @__PURE__ */ React.forwardRef<
  HTMLSpanElement,
  InputGroupAddonProps
>(function InputGroupAddon({ className, onClick, ...props }, ref) {
  return (
    // A pointer convenience, as a click anywhere in a field: keyboard users Tab to the Input.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <span
      ref={ref}
      data-slot="input-group-addon"
      {...props}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        const group = event.currentTarget.closest('[data-slot="input-group"]');
        group?.querySelector<HTMLInputElement>('[data-slot="input"]')?.focus();
      }}
      className={cx("nx-input-group-addon", className)}
    />
  );
});
