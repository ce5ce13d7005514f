"use client";

import * as AlertDialogPrimitive from "@radix-ui/react-alert-dialog";
import { Slot } from "@radix-ui/react-slot";
import { cx } from "class-variance-authority";
import * as React from "react";
import { buttonVariants } from "../button/button-variants";
import { usePortalTheme } from "../theme/theme-context";
import { dialogClasses } from "../../shared/dialog-classes";
import type { OpenStateProps } from "../../shared/open-state";

export interface AlertDialogProps
  extends React.ComponentPropsWithoutRef<typeof AlertDialogPrimitive.Root>, OpenStateProps {}

/**
 * Interrupts the user to confirm an important action, usually a destructive one. Unlike
 * `Dialog` it does not close on an outside click, and focus starts on `AlertDialogCancel`.
 */
export function AlertDialog(props: AlertDialogProps) {
  return <AlertDialogPrimitive.Root {...props} />;
}

export type AlertDialogTriggerProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Trigger
>;

/** Opens the alert dialog. Use `asChild` to render your own `Button`. */
export const AlertDialogTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Trigger>,
  AlertDialogTriggerProps
>(function AlertDialogTrigger(props, ref) {
  return <AlertDialogPrimitive.Trigger ref={ref} data-slot="alert-dialog-trigger" {...props} />;
});

export type AlertDialogPortalProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Portal
>;

/** Renders its children into `document.body` (or `container`) while the alert dialog is open. */
export function AlertDialogPortal(props: AlertDialogPortalProps) {
  return <AlertDialogPrimitive.Portal {...props} />;
}

export type AlertDialogOverlayProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Overlay
>;

/** The scrim behind the alert dialog. `AlertDialogContent` renders one for you. */
export const AlertDialogOverlay = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Overlay>,
  AlertDialogOverlayProps
>(function AlertDialogOverlay({ className, ...props }, ref) {
  const portalTheme = usePortalTheme();
  return (
    <AlertDialogPrimitive.Overlay
      ref={ref}
      data-slot="alert-dialog-overlay"
      className={cx(dialogClasses.overlay, "nx-alert-dialog-overlay", className)}
      {...portalTheme}
      {...props}
    />
  );
});

export type AlertDialogContentProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Content
>;

/**
 * The alert dialog window, in a portal above an overlay, 384px wide at most. Needs an
 * `AlertDialogTitle` and an `AlertDialogDescription`; Escape cancels.
 */
export const AlertDialogContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Content>,
  AlertDialogContentProps
>(function AlertDialogContent({ className, ...props }, ref) {
  const portalTheme = usePortalTheme();
  return (
    <AlertDialogPortal>
      <AlertDialogOverlay />
      <AlertDialogPrimitive.Content
        ref={ref}
        data-slot="alert-dialog-content"
        className={cx(
          dialogClasses.panel,
          dialogClasses.content,
          dialogClasses.contentSmall,
          "nx-alert-dialog-content",
          className,
        )}
        {...portalTheme}
        {...props}
      />
    </AlertDialogPortal>
  );
});

export interface AlertDialogHeaderProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the header's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Stacks the title and description. */
export const AlertDialogHeader = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  AlertDialogHeaderProps
>(function AlertDialogHeader({ className, asChild = false, ...props }, ref) {
  const Comp = asChild ? Slot : "div";
  return (
    <Comp
      ref={ref}
      data-slot="alert-dialog-header"
      className={cx("nx-alert-dialog-header", className)}
      {...props}
    />
  );
});

export interface AlertDialogFooterProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the footer's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Holds Cancel and the action: stacked on small screens, in a row at the end from `sm` up. */
export const AlertDialogFooter = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  AlertDialogFooterProps
>(function AlertDialogFooter({ className, asChild = false, ...props }, ref) {
  const Comp = asChild ? Slot : "div";
  return (
    <Comp
      ref={ref}
      data-slot="alert-dialog-footer"
      className={cx(dialogClasses.footer, "nx-alert-dialog-footer", className)}
      {...props}
    />
  );
});

export type AlertDialogTitleProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Title
>;

/** The alert dialog's heading and accessible name. */
export const AlertDialogTitle = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Title>,
  AlertDialogTitleProps
>(function AlertDialogTitle({ className, ...props }, ref) {
  return (
    <AlertDialogPrimitive.Title
      ref={ref}
      data-slot="alert-dialog-title"
      className={cx(dialogClasses.title, "nx-alert-dialog-title", className)}
      {...props}
    />
  );
});

export type AlertDialogDescriptionProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Description
>;

/** Says what will happen; announced with the title as the accessible description. */
export const AlertDialogDescription = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Description>,
  AlertDialogDescriptionProps
>(function AlertDialogDescription({ className, ...props }, ref) {
  return (
    <AlertDialogPrimitive.Description
      ref={ref}
      data-slot="alert-dialog-description"
      className={cx(dialogClasses.description, "nx-alert-dialog-description", className)}
      {...props}
    />
  );
});

export interface AlertDialogActionProps extends React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Action
> {
  /**
   * `destructive` for actions that delete or cannot be undone, `primary` otherwise.
   * @default "primary"
   */
  variant?: "primary" | "destructive";
}

/** Confirms and closes. Styled as a primary or destructive `Button`. */
export const AlertDialogAction = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Action>,
  AlertDialogActionProps
>(function AlertDialogAction({ className, variant = "primary", ...props }, ref) {
  return (
    <AlertDialogPrimitive.Action
      ref={ref}
      data-slot="alert-dialog-action"
      data-variant={variant}
      className={cx(buttonVariants({ variant }), className)}
      {...props}
    />
  );
});

export type AlertDialogCancelProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Cancel
>;

/** Dismisses without acting; focused when the alert dialog opens. Styled as an outline `Button`. */
export const AlertDialogCancel = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Cancel>,
  AlertDialogCancelProps
>(function AlertDialogCancel({ className, ...props }, ref) {
  return (
    <AlertDialogPrimitive.Cancel
      ref={ref}
      data-slot="alert-dialog-cancel"
      className={cx(buttonVariants({ variant: "outline" }), className)}
      {...props}
    />
  );
});
