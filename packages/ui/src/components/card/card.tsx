import { cx } from "class-variance-authority";
import * as React from "react";

export type CardProps = React.HTMLAttributes<HTMLDivElement>;

/** A surface that groups related content. Server component: ships no client JavaScript. */
export const Card = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CardProps>(function Card(
  { className, ...props },
  ref,
) {
  return <div ref={ref} data-slot="card" className={cx("nx-card", className)} {...props} />;
});

export type CardHeaderProps = React.HTMLAttributes<HTMLDivElement>;

/** Holds the card's title, description and optional actions. */
export const CardHeader = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CardHeaderProps>(
  function CardHeader({ className, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="card-header"
        className={cx("nx-card-header", className)}
        {...props}
      />
    );
  },
);

export interface CardTitleProps extends React.HTMLAttributes<HTMLHeadingElement> {
  /**
   * Heading level, so the card fits the page's outline.
   * @default 3
   */
  level?: 2 | 3 | 4 | 5 | 6;
}

/** The card's heading. */
export const CardTitle = /* @__PURE__ */ React.forwardRef<HTMLHeadingElement, CardTitleProps>(
  function CardTitle({ className, level = 3, ...props }, ref) {
    const Heading = `h${level}` as const;
    return (
      <Heading
        ref={ref}
        data-slot="card-title"
        className={cx("nx-card-title", className)}
        {...props}
      />
    );
  },
);

export type CardDescriptionProps = React.HTMLAttributes<HTMLParagraphElement>;

/** Supporting text under the title, in the muted colour. */
export const CardDescription = /* @__PURE__ */ React.forwardRef<
  HTMLParagraphElement,
  CardDescriptionProps
>(function CardDescription({ className, ...props }, ref) {
  return (
    <p
      ref={ref}
      data-slot="card-description"
      className={cx("nx-card-description", className)}
      {...props}
    />
  );
});

export type CardContentProps = React.HTMLAttributes<HTMLDivElement>;

/** The card's main content. */
export const CardContent = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CardContentProps>(
  function CardContent({ className, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="card-content"
        className={cx("nx-card-content", className)}
        {...props}
      />
    );
  },
);

export type CardFooterProps = React.HTMLAttributes<HTMLDivElement>;

/** Actions or summary at the bottom of the card. */
export const CardFooter = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CardFooterProps>(
  function CardFooter({ className, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="card-footer"
        className={cx("nx-card-footer", className)}
        {...props}
      />
    );
  },
);
