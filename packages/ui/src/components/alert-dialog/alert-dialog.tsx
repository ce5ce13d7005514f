"use client";

import * as AlertDialogPrimitive from "@radix-ui/react-alert-dialog";
import { Slot } from "@radix-ui/react-slot";
import { cx } from "class-variance-authority";
import * as React from "react";
import { buttonVariants } from "../button/button";

export interface AlertDialogProps extends React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Root
> {
  /** Whether the alert dialog is open. Use with `onOpenChange` to control it. */
  open?: boolean;
  /**
   * Whether the alert dialog is open on first render, when you do not control it.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when the alert dialog opens or closes. */
  onOpenChange?: (open: boolean) => void;
}

/**
 * Interrupts the user to confirm an important action, usually a destructive one. Unlike
 * `Dialog` it does not close on an outside click, and focus starts on `AlertDialogCancel`.
 */
export function AlertDialog(props: AlertDialogProps) {
  return <AlertDialogPrimitive.Root {...props} />;
}
AlertDialog.displayName = "AlertDialog";

export type AlertDialogTriggerProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Trigger
>;

/** Opens the alert dialog. Use `asChild` to render your own `Button`. */
export const AlertDialogTrigger = React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Trigger>,
  AlertDialogTriggerProps
>((props, ref) => (
  <AlertDialogPrimitive.Trigger ref={ref} data-slot="alert-dialog-trigger" {...props} />
));
AlertDialogTrigger.displayName = "AlertDialogTrigger";

export type AlertDialogPortalProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Portal
>;

/** Renders its children into `document.body` (or `container`) while the alert dialog is open. */
export function AlertDialogPortal(props: AlertDialogPortalProps) {
  return <AlertDialogPrimitive.Portal {...props} />;
}
AlertDialogPortal.displayName = "AlertDialogPortal";

export type AlertDialogOverlayProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Overlay
>;

/** The scrim behind the alert dialog. `AlertDialogContent` renders one for you. */
export const AlertDialogOverlay = React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Overlay>,
  AlertDialogOverlayProps
>(({ className, ...props }, ref) => (
  <AlertDialogPrimitive.Overlay
    ref={ref}
    data-slot="alert-dialog-overlay"
    className={cx(
      "nx:fixed nx:inset-0 nx:z-(--nx-z-modal) nx:bg-overlay",
      "nx:motion-safe:data-[state=open]:animate-fade-in nx:motion-safe:data-[state=closed]:animate-fade-out",
      className,
    )}
    {...props}
  />
));
AlertDialogOverlay.displayName = "AlertDialogOverlay";

export type AlertDialogContentProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Content
>;

/**
 * The alert dialog window, in a portal above an overlay, 384px wide at most. Needs an
 * `AlertDialogTitle` and an `AlertDialogDescription`; Escape cancels.
 */
export const AlertDialogContent = React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Content>,
  AlertDialogContentProps
>(({ className, ...props }, ref) => (
  <AlertDialogPortal>
    <AlertDialogOverlay />
    <AlertDialogPrimitive.Content
      ref={ref}
      data-slot="alert-dialog-content"
      className={cx(
        "nx:fixed nx:inset-4 nx:z-(--nx-z-modal) nx:m-auto nx:flex nx:h-fit nx:max-w-96 nx:flex-col nx:gap-4 nx:overflow-y-auto",
        "nx:rounded-lg nx:border nx:border-border nx:bg-raised nx:p-6 nx:font-sans nx:text-raised-foreground nx:shadow-lg",
        "nx:outline-none",
        "nx:motion-safe:data-[state=open]:animate-scale-in nx:motion-safe:data-[state=closed]:animate-scale-out",
        className,
      )}
      {...props}
    />
  </AlertDialogPortal>
));
AlertDialogContent.displayName = "AlertDialogContent";

export interface AlertDialogHeaderProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the header's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Stacks the title and description. */
export const AlertDialogHeader = React.forwardRef<HTMLDivElement, AlertDialogHeaderProps>(
  ({ className, asChild = false, ...props }, ref) => {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="alert-dialog-header"
        className={cx("nx:flex nx:flex-col nx:gap-1.5", className)}
        {...props}
      />
    );
  },
);
AlertDialogHeader.displayName = "AlertDialogHeader";

export interface AlertDialogFooterProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the footer's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Holds Cancel and the action: stacked on small screens, in a row at the end from `sm` up. */
export const AlertDialogFooter = React.forwardRef<HTMLDivElement, AlertDialogFooterProps>(
  ({ className, asChild = false, ...props }, ref) => {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="alert-dialog-footer"
        className={cx(
          "nx:flex nx:flex-col-reverse nx:gap-2 nx:sm:flex-row nx:sm:justify-end",
          className,
        )}
        {...props}
      />
    );
  },
);
AlertDialogFooter.displayName = "AlertDialogFooter";

export type AlertDialogTitleProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Title
>;

/** The alert dialog's heading and accessible name. */
export const AlertDialogTitle = React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Title>,
  AlertDialogTitleProps
>(({ className, ...props }, ref) => (
  <AlertDialogPrimitive.Title
    ref={ref}
    data-slot="alert-dialog-title"
    className={cx("nx:m-0 nx:font-sans nx:text-lg nx:font-semibold", className)}
    {...props}
  />
));
AlertDialogTitle.displayName = "AlertDialogTitle";

export type AlertDialogDescriptionProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Description
>;

/** Says what will happen; announced with the title as the accessible description. */
export const AlertDialogDescription = React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Description>,
  AlertDialogDescriptionProps
>(({ className, ...props }, ref) => (
  <AlertDialogPrimitive.Description
    ref={ref}
    data-slot="alert-dialog-description"
    className={cx("nx:m-0 nx:font-sans nx:text-sm nx:text-muted-foreground", className)}
    {...props}
  />
));
AlertDialogDescription.displayName = "AlertDialogDescription";

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
export const AlertDialogAction = React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Action>,
  AlertDialogActionProps
>(({ className, variant = "primary", ...props }, ref) => (
  <AlertDialogPrimitive.Action
    ref={ref}
    data-slot="alert-dialog-action"
    data-variant={variant}
    className={cx(buttonVariants({ variant }), className)}
    {...props}
  />
));
AlertDialogAction.displayName = "AlertDialogAction";

export type AlertDialogCancelProps = React.ComponentPropsWithoutRef<
  typeof AlertDialogPrimitive.Cancel
>;

/** Dismisses without acting; focused when the alert dialog opens. Styled as an outline `Button`. */
export const AlertDialogCancel = React.forwardRef<
  React.ComponentRef<typeof AlertDialogPrimitive.Cancel>,
  AlertDialogCancelProps
>(({ className, ...props }, ref) => (
  <AlertDialogPrimitive.Cancel
    ref={ref}
    data-slot="alert-dialog-cancel"
    className={cx(buttonVariants({ variant: "outline" }), className)}
    {...props}
  />
));
AlertDialogCancel.displayName = "AlertDialogCancel";
