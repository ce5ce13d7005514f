"use client";

import { XIcon } from "@nexod/icons";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { usePortalTheme } from "../theme/theme-context";
import type { OpenStateProps } from "../../shared/open-state";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a DialogContent's look (styles: dialog.css). */
export const dialogContentVariants = /* @__PURE__ */ cva("nx-dialog-content nx-dialog-panel", {
  variants: {
    /**
     * Maximum width; the dialog keeps a 16px margin to the viewport on small screens.
     * `sm` 384px for short confirmations, `md` 640px for forms, `lg` 768px for rich content.
     * @default "md"
     */
    size: {
      sm: "nx-dialog-content--sm",
      md: "nx-dialog-content--md",
      lg: "nx-dialog-content--lg",
    },
  },
  defaultVariants: { size: defaults.size },
});

export interface DialogProps
  extends React.ComponentPropsWithoutRef<typeof DialogPrimitive.Root>, OpenStateProps {
  /**
   * Modal dialogs trap focus, block the page behind and hide it from screen readers.
   * @default true
   */
  modal?: boolean;
}

/**
 * A window over the page that the user deals with before going back to it. Name it with a
 * `DialogTitle`; a `DialogDescription` becomes its accessible description.
 */
export function Dialog(props: DialogProps) {
  return <DialogPrimitive.Root {...props} />;
}

export type DialogTriggerProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Trigger>;

/** Opens the dialog. Use `asChild` to render your own `Button`. */
export const DialogTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Trigger>,
  DialogTriggerProps
>(function DialogTrigger(props, ref) {
  return <DialogPrimitive.Trigger ref={ref} data-slot="dialog-trigger" {...props} />;
});

export type DialogPortalProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Portal>;

/** Renders its children into `document.body` (or `container`) while the dialog is open. */
export function DialogPortal(props: DialogPortalProps) {
  return <DialogPrimitive.Portal {...props} />;
}

export type DialogOverlayProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Overlay>;

/** The scrim behind a modal dialog. `DialogContent` renders one for you. */
export const DialogOverlay = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Overlay>,
  DialogOverlayProps
>(function DialogOverlay({ className, ...props }, ref) {
  const portalTheme = usePortalTheme();
  return (
    <DialogPrimitive.Overlay
      ref={ref}
      data-slot="dialog-overlay"
      className={cx("nx-dialog-overlay", className)}
      {...portalTheme}
      {...props}
    />
  );
});

export interface DialogContentProps
  extends
    React.ComponentPropsWithoutRef<typeof DialogPrimitive.Content>,
    VariantProps<typeof dialogContentVariants> {
  /**
   * Show the "×" button in the top corner. Set `false` when the footer has its own
   * `DialogClose`; Escape still closes the dialog.
   * @default true
   */
  showCloseButton?: boolean;
  /**
   * Accessible name of the "×" button; translate it with the rest of the product.
   * @default "Close"
   */
  closeLabel?: string;
}

/**
 * The dialog window, rendered in a portal above an overlay. Focus moves inside on open, stays
 * trapped while open and returns to the trigger on close.
 */
export const DialogContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Content>,
  DialogContentProps
>(function DialogContent(
  { className, size, showCloseButton = true, closeLabel = "Close", children, ...props },
  ref,
) {
  const portalTheme = usePortalTheme();
  return (
    <DialogPortal>
      <DialogOverlay />
      <DialogPrimitive.Content
        ref={ref}
        data-slot="dialog-content"
        data-size={size ?? defaults.size}
        className={cx(dialogContentVariants({ size }), className)}
        {...portalTheme}
        {...props}
      >
        {children}
        {showCloseButton && (
          <DialogPrimitive.Close
            data-slot="dialog-close-button"
            className="nx-dialog-content__close nx-focus-ring nx-hover-tint"
          >
            <XIcon size="sm" className="nx-dialog-content__close-icon nx-icon-sm" />
            <span className="nx-dialog-content__close-label nx-visually-hidden">{closeLabel}</span>
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </DialogPortal>
  );
});

export interface DialogHeaderProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the header's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Stacks the title and description; leaves room for the close button. */
export const DialogHeader = /* @__PURE__ */ React.forwardRef<HTMLDivElement, DialogHeaderProps>(
  function DialogHeader({ className, asChild = false, ...props }, ref) {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="dialog-header"
        className={cx("nx-dialog-header", className)}
        {...props}
      />
    );
  },
);

export interface DialogFooterProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the footer's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Holds the dialog's actions: stacked on small screens, in a row at the end from `sm` up. */
export const DialogFooter = /* @__PURE__ */ React.forwardRef<HTMLDivElement, DialogFooterProps>(
  function DialogFooter({ className, asChild = false, ...props }, ref) {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="dialog-footer"
        className={cx("nx-dialog-footer", className)}
        {...props}
      />
    );
  },
);

export type DialogTitleProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Title>;

/** The dialog's heading and accessible name. Required: hide it visually if the design has none. */
export const DialogTitle = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Title>,
  DialogTitleProps
>(function DialogTitle({ className, ...props }, ref) {
  return (
    <DialogPrimitive.Title
      ref={ref}
      data-slot="dialog-title"
      className={cx("nx-dialog-title", className)}
      {...props}
    />
  );
});

export type DialogDescriptionProps = React.ComponentPropsWithoutRef<
  typeof DialogPrimitive.Description
>;

/** Explains the dialog's purpose; announced with the title as its accessible description. */
export const DialogDescription = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Description>,
  DialogDescriptionProps
>(function DialogDescription({ className, ...props }, ref) {
  return (
    <DialogPrimitive.Description
      ref={ref}
      data-slot="dialog-description"
      className={cx("nx-dialog-description", className)}
      {...props}
    />
  );
});

export type DialogCloseProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Close>;

/** Closes the dialog. Unstyled: use `asChild` with a `Button`. */
export const DialogClose = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Close>,
  DialogCloseProps
>(function DialogClose(props, ref) {
  return <DialogPrimitive.Close ref={ref} data-slot="dialog-close" {...props} />;
});
