import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { layout: "horizontal", divided: false } as const;

/** Class names of a description list's look (styles: description-list.css). */
export const descriptionListVariants = /* @__PURE__ */ cva("nx-description-list", {
  variants: {
    /**
     * `horizontal` puts each term beside its details (a record's fields on a page; it stacks by
     * itself when the list is narrower than 28rem); `vertical` puts the details under the term
     * (narrow panels, cards).
     * @default "horizontal"
     */
    layout: {
      horizontal: "nx-description-list--horizontal",
      vertical: "nx-description-list--vertical",
    },
    /**
     * Lines between the items.
     * @default false
     */
    divided: {
      true: "nx-description-list--divided",
      false: "",
    },
  },
  defaultVariants: defaults,
});

export interface DescriptionListProps
  extends React.HTMLAttributes<HTMLDListElement>, VariantProps<typeof descriptionListVariants> {}

/**
 * Label and value pairs of one record (an invoice's number, status, amount; a user's profile), as
 * a `<dl>`: screen readers announce it as a list of terms with their definitions. Server
 * component: ships no client JavaScript.
 */
export const DescriptionList = /* @__PURE__ */ React.forwardRef<
  HTMLDListElement,
  DescriptionListProps
>(function DescriptionList({ className, layout, divided, ...props }, ref) {
  return (
    <dl
      ref={ref}
      data-slot="description-list"
      data-layout={layout ?? defaults.layout}
      className={cx(descriptionListVariants({ layout, divided }), className)}
      {...props}
    />
  );
});

export type DescriptionListItemProps = React.HTMLAttributes<HTMLDivElement>;

/** One pair: a `DescriptionTerm` and its `DescriptionDetails` (one or more), in a `<div>`. */
export const DescriptionListItem = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  DescriptionListItemProps
>(function DescriptionListItem({ className, ...props }, ref) {
  return (
    <div
      ref={ref}
      data-slot="description-list-item"
      className={cx("nx-description-list-item", className)}
      {...props}
    />
  );
});

export type DescriptionTermProps = React.HTMLAttributes<HTMLElement>;

/** The label (`<dt>`). */
export const DescriptionTerm = /* @__PURE__ */ React.forwardRef<HTMLElement, DescriptionTermProps>(
  function DescriptionTerm({ className, ...props }, ref) {
    return (
      <dt
        ref={ref}
        data-slot="description-term"
        className={cx("nx-description-term", className)}
        {...props}
      />
    );
  },
);

export type DescriptionDetailsProps = React.HTMLAttributes<HTMLElement>;

/** The value (`<dd>`): text, a badge, a link, or several lines. */
export const DescriptionDetails = /* @__PURE__ */ React.forwardRef<
  HTMLElement,
  DescriptionDetailsProps
>(function DescriptionDetails({ className, ...props }, ref) {
  return (
    <dd
      ref={ref}
      data-slot="description-details"
      className={cx("nx-description-details", className)}
      {...props}
    />
  );
});
