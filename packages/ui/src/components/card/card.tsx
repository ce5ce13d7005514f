import { cx } from "class-variance-authority";
import * as React from "react";

export type CardProps = React.HTMLAttributes<HTMLDivElement>;

/** A surface that groups related content. Server component: ships no client JavaScript. */
export const Card = React.forwardRef<HTMLDivElement, CardProps>(({ className, ...props }, ref) => (
  <div
    ref={ref}
    data-slot="card"
    className={cx(
      "nx:flex nx:flex-col nx:gap-6 nx:rounded-lg nx:border nx:border-border nx:bg-surface nx:py-6 nx:font-sans nx:text-surface-foreground nx:shadow-sm",
      className,
    )}
    {...props}
  />
));
Card.displayName = "Card";

export type CardHeaderProps = React.HTMLAttributes<HTMLDivElement>;

/** Holds the card's title, description and optional actions. */
export const CardHeader = React.forwardRef<HTMLDivElement, CardHeaderProps>(
  ({ className, ...props }, ref) => (
    <div
      ref={ref}
      data-slot="card-header"
      className={cx("nx:flex nx:flex-col nx:gap-1.5 nx:px-6", className)}
      {...props}
    />
  ),
);
CardHeader.displayName = "CardHeader";

export interface CardTitleProps extends React.HTMLAttributes<HTMLHeadingElement> {
  /**
   * Heading level, so the card fits the page's outline.
   * @default 3
   */
  level?: 2 | 3 | 4 | 5 | 6;
}

/** The card's heading. */
export const CardTitle = React.forwardRef<HTMLHeadingElement, CardTitleProps>(
  ({ className, level = 3, ...props }, ref) => {
    const Heading = `h${level}` as const;
    return (
      <Heading
        ref={ref}
        data-slot="card-title"
        className={cx("nx:m-0 nx:text-lg nx:font-semibold nx:leading-none", className)}
        {...props}
      />
    );
  },
);
CardTitle.displayName = "CardTitle";

export type CardDescriptionProps = React.HTMLAttributes<HTMLParagraphElement>;

/** Supporting text under the title, in the muted colour. */
export const CardDescription = React.forwardRef<HTMLParagraphElement, CardDescriptionProps>(
  ({ className, ...props }, ref) => (
    <p
      ref={ref}
      data-slot="card-description"
      className={cx("nx:m-0 nx:text-sm nx:text-muted-foreground", className)}
      {...props}
    />
  ),
);
CardDescription.displayName = "CardDescription";

export type CardContentProps = React.HTMLAttributes<HTMLDivElement>;

/** The card's main content. */
export const CardContent = React.forwardRef<HTMLDivElement, CardContentProps>(
  ({ className, ...props }, ref) => (
    <div ref={ref} data-slot="card-content" className={cx("nx:px-6", className)} {...props} />
  ),
);
CardContent.displayName = "CardContent";

export type CardFooterProps = React.HTMLAttributes<HTMLDivElement>;

/** Actions or summary at the bottom of the card. */
export const CardFooter = React.forwardRef<HTMLDivElement, CardFooterProps>(
  ({ className, ...props }, ref) => (
    <div
      ref={ref}
      data-slot="card-footer"
      className={cx("nx:flex nx:items-center nx:gap-2 nx:px-6", className)}
      {...props}
    />
  ),
);
CardFooter.displayName = "CardFooter";
