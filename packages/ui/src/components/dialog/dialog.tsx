"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

// Animations only under motion-safe: `motion-reduce:animate-none` would lose to the
// higher-specificity `data-[state=…]` rules, so reduced motion is honoured by not animating.
export const dialogContentVariants = cva(
  [
    "nx:fixed nx:inset-4 nx:z-(--nx-z-modal) nx:m-auto nx:flex nx:h-fit nx:flex-col nx:gap-4 nx:overflow-y-auto",
    "nx:rounded-lg nx:border nx:border-border nx:bg-raised nx:p-6 nx:font-sans nx:text-raised-foreground nx:shadow-lg",
    "nx:outline-none",
    "nx:motion-safe:data-[state=open]:animate-scale-in nx:motion-safe:data-[state=closed]:animate-scale-out",
  ],
  {
    variants: {
      /**
       * Maximum width; the dialog keeps a 16px margin to the viewport on small screens.
       * `sm` 384px for short confirmations, `md` 640px for forms, `lg` 768px for rich content.
       */
      size: {
        sm: "nx:max-w-96",
        md: "nx:max-w-(--nx-breakpoint-sm)",
        lg: "nx:max-w-(--nx-breakpoint-md)",
      },
    },
    defaultVariants: { size: "md" },
  },
);

export interface DialogProps extends React.ComponentPropsWithoutRef<typeof DialogPrimitive.Root> {
  /** Whether the dialog is open. Use with `onOpenChange` to control it. */
  open?: boolean;
  /**
   * Whether the dialog is open on first render, when you do not control it.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void;
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
Dialog.displayName = "Dialog";

export type DialogTriggerProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Trigger>;

/** Opens the dialog. Use `asChild` to render your own `Button`. */
export const DialogTrigger = React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Trigger>,
  DialogTriggerProps
>((props, ref) => <DialogPrimitive.Trigger ref={ref} data-slot="dialog-trigger" {...props} />);
DialogTrigger.displayName = "DialogTrigger";

export type DialogPortalProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Portal>;

/** Renders its children into `document.body` (or `container`) while the dialog is open. */
export function DialogPortal(props: DialogPortalProps) {
  return <DialogPrimitive.Portal {...props} />;
}
DialogPortal.displayName = "DialogPortal";

export type DialogOverlayProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Overlay>;

/** The scrim behind a modal dialog. `DialogContent` renders one for you. */
export const DialogOverlay = React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Overlay>,
  DialogOverlayProps
>(({ className, ...props }, ref) => (
  <DialogPrimitive.Overlay
    ref={ref}
    data-slot="dialog-overlay"
    className={cx(
      "nx:fixed nx:inset-0 nx:z-(--nx-z-modal) nx:bg-overlay",
      "nx:motion-safe:data-[state=open]:animate-fade-in nx:motion-safe:data-[state=closed]:animate-fade-out",
      className,
    )}
    {...props}
  />
));
DialogOverlay.displayName = "DialogOverlay";

export interface DialogContentProps
  extends
    React.ComponentPropsWithoutRef<typeof DialogPrimitive.Content>,
    VariantProps<typeof dialogContentVariants> {
  /**
   * Leave out the "×" button in the top corner, for example when the footer has its own
   * `DialogClose`. Escape still closes the dialog.
   * @default false
   */
  hideCloseButton?: boolean;
  /**
   * Accessible name of the "×" button; translate it with the rest of the product.
   * @default "Close"
   */
  closeLabel?: string;
}

function CloseIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className="nx:size-4"
    >
      <path d="M18 6 6 18M6 6l12 12" />
    </svg>
  );
}

/**
 * The dialog window, rendered in a portal above an overlay. Focus moves inside on open, stays
 * trapped while open and returns to the trigger on close.
 */
export const DialogContent = React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Content>,
  DialogContentProps
>(({ className, size, hideCloseButton = false, closeLabel = "Close", children, ...props }, ref) => (
  <DialogPortal>
    <DialogOverlay />
    <DialogPrimitive.Content
      ref={ref}
      data-slot="dialog-content"
      data-size={size ?? "md"}
      className={cx(dialogContentVariants({ size }), className)}
      {...props}
    >
      {children}
      {!hideCloseButton && (
        <DialogPrimitive.Close
          data-slot="dialog-close-button"
          className={cx(
            "nx:absolute nx:top-4 nx:right-4 nx:inline-flex nx:size-8 nx:items-center nx:justify-center",
            "nx:cursor-pointer nx:rounded-md nx:border-0 nx:bg-transparent nx:p-0 nx:text-muted-foreground",
            "nx:transition-colors nx:hover:bg-accent nx:hover:text-accent-foreground",
            "nx:outline-none nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-raised",
          )}
        >
          <CloseIcon />
          <span className="nx:sr-only">{closeLabel}</span>
        </DialogPrimitive.Close>
      )}
    </DialogPrimitive.Content>
  </DialogPortal>
));
DialogContent.displayName = "DialogContent";

export interface DialogHeaderProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the header's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Stacks the title and description; leaves room for the close button. */
export const DialogHeader = React.forwardRef<HTMLDivElement, DialogHeaderProps>(
  ({ className, asChild = false, ...props }, ref) => {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="dialog-header"
        className={cx("nx:flex nx:flex-col nx:gap-1.5 nx:pr-8", className)}
        {...props}
      />
    );
  },
);
DialogHeader.displayName = "DialogHeader";

export interface DialogFooterProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the footer's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Holds the dialog's actions: stacked on small screens, in a row at the end from `sm` up. */
export const DialogFooter = React.forwardRef<HTMLDivElement, DialogFooterProps>(
  ({ className, asChild = false, ...props }, ref) => {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="dialog-footer"
        className={cx(
          "nx:flex nx:flex-col-reverse nx:gap-2 nx:sm:flex-row nx:sm:justify-end",
          className,
        )}
        {...props}
      />
    );
  },
);
DialogFooter.displayName = "DialogFooter";

export type DialogTitleProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Title>;

/** The dialog's heading and accessible name. Required: hide it visually if the design has none. */
export const DialogTitle = React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Title>,
  DialogTitleProps
>(({ className, ...props }, ref) => (
  <DialogPrimitive.Title
    ref={ref}
    data-slot="dialog-title"
    className={cx("nx:m-0 nx:font-sans nx:text-lg nx:font-semibold", className)}
    {...props}
  />
));
DialogTitle.displayName = "DialogTitle";

export type DialogDescriptionProps = React.ComponentPropsWithoutRef<
  typeof DialogPrimitive.Description
>;

/** Explains the dialog's purpose; announced with the title as its accessible description. */
export const DialogDescription = React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Description>,
  DialogDescriptionProps
>(({ className, ...props }, ref) => (
  <DialogPrimitive.Description
    ref={ref}
    data-slot="dialog-description"
    className={cx("nx:m-0 nx:font-sans nx:text-sm nx:text-muted-foreground", className)}
    {...props}
  />
));
DialogDescription.displayName = "DialogDescription";

export type DialogCloseProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Close>;

/** Closes the dialog. Unstyled: use `asChild` with a `Button`. */
export const DialogClose = React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Close>,
  DialogCloseProps
>((props, ref) => <DialogPrimitive.Close ref={ref} data-slot="dialog-close" {...props} />);
DialogClose.displayName = "DialogClose";
