import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md", level: 2 } as const;

/** Class names of an empty state's looks (styles: empty-state.css). */
export const emptyStateVariants = /* @__PURE__ */ cva("nx-empty-state", {
  variants: {
    /**
     * `sm` inside a table, a list or a small card; `md` for a panel; `lg` for a whole page.
     * Sets the spacing, the icon and the title's text style.
     * @default "md"
     */
    size: {
      sm: "nx-empty-state--sm",
      md: "nx-empty-state--md",
      lg: "nx-empty-state--lg",
    },
    /**
     * `plain` on the page; `dashed` draws a dashed border, for a place content will be added
     * to (a drop zone, an empty board column).
     * @default "plain"
     */
    variant: {
      plain: "nx-empty-state--plain",
      dashed: "nx-empty-state--dashed",
    },
  },
  defaultVariants: { size: defaults.size, variant: "plain" },
});

export interface EmptyStateProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof emptyStateVariants> {}

/**
 * What a place shows when it has no content yet, or a search found nothing: an icon, a title,
 * a sentence that says why and what to do, and the action that fills it. Compose with
 * `EmptyStateIcon`, `EmptyStateTitle`, `EmptyStateDescription` and `EmptyStateActions`.
 * Server component: ships no client JavaScript.
 */
export const EmptyState = /* @__PURE__ */ React.forwardRef<HTMLDivElement, EmptyStateProps>(
  function EmptyState({ className, size, variant, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="empty-state"
        data-size={size ?? defaults.size}
        className={cx(emptyStateVariants({ size, variant }), className)}
        {...props}
      />
    );
  },
);

export type EmptyStateIconProps = React.HTMLAttributes<HTMLDivElement>;

/** The picture of the empty state: one icon from `@nexod/icons`, in a tinted circle. Decorative. */
export const EmptyStateIcon = /* @__PURE__ */ React.forwardRef<HTMLDivElement, EmptyStateIconProps>(
  function EmptyStateIcon({ className, ...props }, ref) {
    return (
      <div
        ref={ref}
        aria-hidden="true"
        data-slot="empty-state-icon"
        className={cx("nx-empty-state-icon", className)}
        {...props}
      />
    );
  },
);

export interface EmptyStateTitleProps extends React.HTMLAttributes<HTMLHeadingElement> {
  /**
   * Heading level, from the page's outline (the look follows the empty state's `size`).
   * @default 2
   */
  level?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * Render the single child element with the title's styles.
   * @default false
   */
  asChild?: boolean;
}

/** What is empty, as a heading: "No invoices yet", "No results for “acme”". */
export const EmptyStateTitle = /* @__PURE__ */ React.forwardRef<
  HTMLHeadingElement,
  EmptyStateTitleProps
>(function EmptyStateTitle({ className, level = defaults.level, asChild = false, ...props }, ref) {
  if (![1, 2, 3, 4, 5, 6].includes(level)) {
    throw new Error(
      `EmptyStateTitle: level must be 1, 2, 3, 4, 5 or 6; got ${JSON.stringify(level)}.`,
    );
  }
  const Comp = asChild ? Slot : (`h${level}` as const);
  return (
    <Comp
      ref={ref}
      data-slot="empty-state-title"
      className={cx("nx-empty-state-title", className)}
      {...props}
    />
  );
});

export type EmptyStateDescriptionProps = React.HTMLAttributes<HTMLParagraphElement>;

/** Why it is empty and what to do about it, in a sentence or two. */
export const EmptyStateDescription = /* @__PURE__ */ React.forwardRef<
  HTMLParagraphElement,
  EmptyStateDescriptionProps
>(function EmptyStateDescription({ className, ...props }, ref) {
  return (
    <p
      ref={ref}
      data-slot="empty-state-description"
      className={cx("nx-empty-state-description", className)}
      {...props}
    />
  );
});

export type EmptyStateActionsProps = React.HTMLAttributes<HTMLDivElement>;

/** The buttons or links that fill the place: one primary action, at most one more. */
export const EmptyStateActions = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  EmptyStateActionsProps
>(function EmptyStateActions({ className, ...props }, ref) {
  return (
    <div
      ref={ref}
      data-slot="empty-state-actions"
      className={cx("nx-empty-state-actions", className)}
      {...props}
    />
  );
});
