"use client";

import { XIcon } from "@nexod/icons";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { usePortalTheme } from "../theme/theme-context";
import { dialogClasses } from "../../shared/dialog-classes";
import type { OpenStateProps } from "../../shared/open-state";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { side: "end", size: "md" } as const;

/** The sides a sheet can slide in from. `start` and `end` follow the reading direction. */
export const sheetSides = ["top", "bottom", "left", "right", "start", "end"] as const;
export type SheetSide = (typeof sheetSides)[number];

/** Class names of a SheetContent's look (styles: sheet.css). */
export const sheetContentVariants = /* @__PURE__ */ cva("nx-sheet-content nx-dialog-panel", {
  variants: {
    /**
     * The screen edge the sheet slides in from. `start` and `end` follow the reading direction
     * (`end` is the right edge in left-to-right pages and the left edge in right-to-left ones);
     * `left` and `right` are physical and stay put, for a panel tied to the screen, not the text.
     * @default "end"
     */
    side: {
      top: "nx-sheet-content--top",
      bottom: "nx-sheet-content--bottom",
      left: "nx-sheet-content--left",
      right: "nx-sheet-content--right",
      start: "nx-sheet-content--start",
      end: "nx-sheet-content--end",
    },
    /**
     * Width of a side sheet (height of a top or bottom one), capped to the viewport minus a
     * margin: `sm` 320px, `md` 384px, `lg` 512px, `full` the whole screen.
     * @default "md"
     */
    size: {
      sm: "nx-sheet-content--sm",
      md: "nx-sheet-content--md",
      lg: "nx-sheet-content--lg",
      full: "nx-sheet-content--full",
    },
  },
  defaultVariants: { side: defaults.side, size: defaults.size },
});

export interface SheetProps
  extends React.ComponentPropsWithoutRef<typeof DialogPrimitive.Root>, OpenStateProps {
  /**
   * Modal sheets trap focus, block the page behind and hide it from screen readers.
   * @default true
   */
  modal?: boolean;
}

/**
 * A panel that slides in from an edge of the screen for a secondary task (filters, details,
 * navigation on small screens). A dialog underneath: name it with a `SheetTitle`.
 */
export function Sheet(props: SheetProps) {
  return <DialogPrimitive.Root {...props} />;
}

export type SheetTriggerProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Trigger>;

/** Opens the sheet. Use `asChild` to render your own `Button`. */
export const SheetTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Trigger>,
  SheetTriggerProps
>(function SheetTrigger(props, ref) {
  return <DialogPrimitive.Trigger ref={ref} data-slot="sheet-trigger" {...props} />;
});

export type SheetPortalProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Portal>;

/** Renders its children into `document.body` (or `container`) while the sheet is open. */
export function SheetPortal(props: SheetPortalProps) {
  return <DialogPrimitive.Portal {...props} />;
}

export type SheetOverlayProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Overlay>;

/** The scrim behind a modal sheet. `SheetContent` renders one for you. */
export const SheetOverlay = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Overlay>,
  SheetOverlayProps
>(function SheetOverlay({ className, ...props }, ref) {
  const portalTheme = usePortalTheme();
  return (
    <DialogPrimitive.Overlay
      ref={ref}
      data-slot="sheet-overlay"
      className={cx(dialogClasses.overlay, "nx-sheet-overlay", className)}
      {...portalTheme}
      {...props}
    />
  );
});

export interface SheetContentProps
  extends
    React.ComponentPropsWithoutRef<typeof DialogPrimitive.Content>,
    VariantProps<typeof sheetContentVariants> {
  /**
   * Show the "×" button in the top corner. Set `false` when the footer has its own
   * `SheetClose`; Escape still closes the sheet.
   * @default true
   */
  showCloseButton?: boolean;
  /**
   * Accessible name of the "×" button; translate it with the rest of the product.
   * @default "Close"
   */
  closeLabel?: string;
}

function assertSide(side: unknown): asserts side is SheetSide | null | undefined {
  if (side != null && !sheetSides.includes(side as SheetSide)) {
    throw new Error(
      `SheetContent: side="${String(side)}" is not a side; use one of ${sheetSides.join(", ")}.`,
    );
  }
}

/**
 * The sliding panel, rendered in a portal above an overlay. Focus moves inside on open, stays
 * trapped while open and returns to the trigger on close; the slide plays only when the user
 * allows motion.
 */
export const SheetContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Content>,
  SheetContentProps
>(function SheetContent(
  { className, side, size, showCloseButton = true, closeLabel = "Close", children, ...props },
  ref,
) {
  assertSide(side);
  const portalTheme = usePortalTheme();
  return (
    <SheetPortal>
      <SheetOverlay />
      <DialogPrimitive.Content
        ref={ref}
        data-slot="sheet-content"
        data-side={side ?? defaults.side}
        data-size={size ?? defaults.size}
        className={cx(sheetContentVariants({ side, size }), className)}
        {...portalTheme}
        {...props}
      >
        {children}
        {showCloseButton && (
          <DialogPrimitive.Close
            data-slot="sheet-close-button"
            className={cx(dialogClasses.close, "nx-sheet-content__close")}
          >
            <XIcon
              size="sm"
              className={cx(dialogClasses.closeIcon, "nx-sheet-content__close-icon")}
            />
            <span className={cx(dialogClasses.closeLabel, "nx-sheet-content__close-label")}>
              {closeLabel}
            </span>
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </SheetPortal>
  );
});

export interface SheetHeaderProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the header's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Stacks the title and description at the top; leaves room for the close button. */
export const SheetHeader = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SheetHeaderProps>(
  function SheetHeader({ className, asChild = false, ...props }, ref) {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="sheet-header"
        className={cx(dialogClasses.header, "nx-sheet-header", className)}
        {...props}
      />
    );
  },
);

export interface SheetBodyProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the body's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** The sheet's main content: grows to fill the space and scrolls on its own. */
export const SheetBody = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SheetBodyProps>(
  function SheetBody({ className, asChild = false, ...props }, ref) {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="sheet-body"
        className={cx("nx-sheet-body", className)}
        {...props}
      />
    );
  },
);

export interface SheetFooterProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Render the single child element with the footer's styles instead of a `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/** Holds the sheet's actions at the bottom: stacked on small screens, in a row from `sm` up. */
export const SheetFooter = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SheetFooterProps>(
  function SheetFooter({ className, asChild = false, ...props }, ref) {
    const Comp = asChild ? Slot : "div";
    return (
      <Comp
        ref={ref}
        data-slot="sheet-footer"
        className={cx(dialogClasses.footer, "nx-sheet-footer", className)}
        {...props}
      />
    );
  },
);

export type SheetTitleProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Title>;

/** The sheet's heading and accessible name. Required: hide it visually if the design has none. */
export const SheetTitle = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Title>,
  SheetTitleProps
>(function SheetTitle({ className, ...props }, ref) {
  return (
    <DialogPrimitive.Title
      ref={ref}
      data-slot="sheet-title"
      className={cx(dialogClasses.title, "nx-sheet-title", className)}
      {...props}
    />
  );
});

export type SheetDescriptionProps = React.ComponentPropsWithoutRef<
  typeof DialogPrimitive.Description
>;

/** Explains the sheet's purpose; announced with the title as its accessible description. */
export const SheetDescription = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Description>,
  SheetDescriptionProps
>(function SheetDescription({ className, ...props }, ref) {
  return (
    <DialogPrimitive.Description
      ref={ref}
      data-slot="sheet-description"
      className={cx(dialogClasses.description, "nx-sheet-description", className)}
      {...props}
    />
  );
});

export type SheetCloseProps = React.ComponentPropsWithoutRef<typeof DialogPrimitive.Close>;

/** Closes the sheet. Unstyled: use `asChild` with a `Button`. */
export const SheetClose = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Close>,
  SheetCloseProps
>(function SheetClose(props, ref) {
  return <DialogPrimitive.Close ref={ref} data-slot="sheet-close" {...props} />;
});
