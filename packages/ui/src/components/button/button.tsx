"use client";

import { Slot, Slottable } from "@radix-ui/react-slot";
import { cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { fieldLabelId } from "../../shared/field-ids";
import { buttonVariants } from "./button-variants";

export interface ButtonProps
  extends React.ButtonHTMLAttributes<HTMLButtonElement>, VariantProps<typeof buttonVariants> {
  /**
   * Render the single child element (for example a Next.js `<Link>`) with the button's styles
   * and behaviour instead of a `<button>`.
   * @default false
   */
  asChild?: boolean;
  /**
   * Shows a spinner, sets `aria-busy` and ignores clicks while keeping the button's width,
   * accessible name and focus, so the layout does not jump while an action runs.
   * @default false
   */
  loading?: boolean;
}

const ignoreClick = (event: React.MouseEvent) => event.preventDefault();

/**
 * A Button used as a Field's control (a date picker or picker trigger) is named by the Field's
 * label and by its own text, so a screen reader hears "Due date, 3 March" rather than the label
 * alone. Field labels its control with `fieldLabelId(id)`; the text is referenced through a span,
 * since a button that names itself through aria-labelledby gets its label again, not its text.
 */
function fieldValueId(id: string | undefined, labelledBy: string | undefined) {
  return id && labelledBy === fieldLabelId(id) ? `${id}-value` : undefined;
}

// Server-rendering a page of buttons calls this thousands of times with a handful of inputs.
const classCache = new Map<string, string>();
function buttonClasses(variant: ButtonProps["variant"], size: ButtonProps["size"]) {
  const key = `${variant}|${size}`;
  let classes = classCache.get(key);
  if (classes === undefined) {
    // A link-style button takes no size: its size classes would fight its own padding.
    classes = buttonVariants({ variant, size: variant === "link" ? null : size });
    classCache.set(key, classes);
  }
  return classes;
}

/** Triggers an action. Use `variant="link"` or `asChild` with a link for navigation. */
export const Button = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, ButtonProps>(
  function Button(
    {
      className,
      variant,
      size,
      asChild = false,
      loading = false,
      type,
      onClick,
      children,
      ...props
    },
    ref,
  ) {
    const Comp = asChild ? Slot : "button";
    const classes = buttonClasses(variant, size);
    const valueId = asChild ? undefined : fieldValueId(props.id, props["aria-labelledby"]);
    return (
      <Comp
        ref={ref}
        data-slot="button"
        {...props}
        className={className ? cx(classes, className) : classes}
        type={asChild ? type : (type ?? "button")}
        aria-labelledby={
          valueId ? `${props["aria-labelledby"]} ${valueId}` : props["aria-labelledby"]
        }
        aria-busy={loading || undefined}
        aria-disabled={loading || props["aria-disabled"] || undefined}
        onClick={loading ? ignoreClick : onClick}
      >
        {asChild ? (
          <Slottable>{children}</Slottable>
        ) : loading ? (
          // Hidden with opacity, not visibility: the label keeps the button's width and name.
          <span id={valueId} data-slot="button-label" className="nx-button__label">
            {children}
          </span>
        ) : valueId ? (
          <span id={valueId} data-slot="button-value">
            {children}
          </span>
        ) : (
          children
        )}
        {loading && (
          <span aria-hidden="true" data-slot="button-spinner" className="nx-button__spinner" />
        )}
      </Comp>
    );
  },
);
