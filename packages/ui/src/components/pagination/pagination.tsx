import { ChevronLeftIcon, ChevronRightIcon, MoreHorizontalIcon } from "@nexod/icons";
import { Slot, Slottable } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export * from "./pagination-range";

/** Values used when a prop is not given. */
const defaults = { size: "md" } as const;

/**
 * Class names of a page link's look (styles: pagination.css), shared by `PaginationLink`,
 * `PaginationPrevious`/`PaginationNext` and the buttons of `PaginationControl`.
 */
export const paginationLinkVariants = /* @__PURE__ */ cva(
  "nx-pagination-link nx-focus-ring nx-hover-tint",
  {
    variants: {
      /**
       * Height and type size of the page links.
       * @default "md"
       */
      size: {
        sm: "nx-pagination-link--sm",
        md: "nx-pagination-link--md",
      },
    },
    defaultVariants: defaults,
  },
);

export interface PaginationProps extends React.HTMLAttributes<HTMLElement> {
  /**
   * Accessible name of the navigation landmark; translate it, and name each one when a page has
   * two (`"Results pages"`).
   * @default "Pagination"
   */
  "aria-label"?: string;
}

/**
 * Links to the pages of a long list, for server-rendered pages where each page has its own URL.
 * Server component: ships no client JavaScript. For pages held in client state, use
 * `PaginationControl`.
 */
export const Pagination = /* @__PURE__ */ React.forwardRef<HTMLElement, PaginationProps>(
  function Pagination({ className, "aria-label": label = "Pagination", ...props }, ref) {
    return (
      <nav
        ref={ref}
        aria-label={label}
        data-slot="pagination"
        className={cx("nx-pagination", className)}
        {...props}
      />
    );
  },
);

export type PaginationContentProps = React.HTMLAttributes<HTMLUListElement>;

/** The list of page links. */
export const PaginationContent = /* @__PURE__ */ React.forwardRef<
  HTMLUListElement,
  PaginationContentProps
>(function PaginationContent({ className, ...props }, ref) {
  return (
    <ul
      ref={ref}
      data-slot="pagination-content"
      className={cx("nx-pagination-content", className)}
      {...props}
    />
  );
});

export type PaginationItemProps = React.LiHTMLAttributes<HTMLLIElement>;

/** One entry of the list: a link, the previous/next link or an ellipsis. */
export const PaginationItem = /* @__PURE__ */ React.forwardRef<HTMLLIElement, PaginationItemProps>(
  function PaginationItem({ className, ...props }, ref) {
    return (
      <li
        ref={ref}
        data-slot="pagination-item"
        className={cx("nx-pagination-item", className)}
        {...props}
      />
    );
  },
);

export interface PaginationLinkProps
  extends
    React.AnchorHTMLAttributes<HTMLAnchorElement>,
    VariantProps<typeof paginationLinkVariants> {
  /**
   * Render the single child element (Next.js `Link`, a router's link) with the link's look.
   * @default false
   */
  asChild?: boolean;
  /**
   * The page being shown: outlined and announced as the current page (`aria-current="page"`).
   * @default false
   */
  isActive?: boolean;
}

/** A link to one page; its text is the page number. */
export const PaginationLink = /* @__PURE__ */ React.forwardRef<
  HTMLAnchorElement,
  PaginationLinkProps
>(function PaginationLink({ className, asChild = false, isActive = false, size, ...props }, ref) {
  const Comp = asChild ? Slot : "a";
  return (
    <Comp
      ref={ref}
      aria-current={isActive ? "page" : undefined}
      data-active={isActive ? "" : undefined}
      data-size={size ?? defaults.size}
      data-slot="pagination-link"
      className={cx(paginationLinkVariants({ size }), className)}
      {...props}
    />
  );
});

export interface PaginationStepProps extends Omit<PaginationLinkProps, "isActive"> {
  /**
   * There is no page that way (the first or the last page is shown): the link renders as
   * disabled text, without `href`, out of the tab order and announced as disabled.
   * @default false
   */
  disabled?: boolean;
}

type StepDirection = "previous" | "next";

const stepText = { previous: "Previous", next: "Next" } as const;
const stepLabel = { previous: "Previous page", next: "Next page" } as const;

function renderStep(
  direction: StepDirection,
  {
    className,
    asChild = false,
    disabled = false,
    size,
    children,
    "aria-label": label = stepLabel[direction],
    href,
    ...props
  }: PaginationStepProps,
  ref: React.ForwardedRef<HTMLAnchorElement>,
) {
  const icon =
    direction === "previous" ? (
      <ChevronLeftIcon size="sm" className="nx-pagination-link__icon" />
    ) : (
      <ChevronRightIcon size="sm" className="nx-pagination-link__icon" />
    );
  const shared = {
    "aria-label": label,
    "data-size": size ?? defaults.size,
    "data-slot": `pagination-${direction}`,
    "data-direction": direction,
    className: cx(paginationLinkVariants({ size }), "nx-pagination-step", className),
  };
  if (disabled) {
    // A link with nowhere to go: text with the link role, announced as disabled, not focusable.
    const text =
      asChild && React.isValidElement<{ children?: React.ReactNode }>(children)
        ? children.props.children
        : children;
    return (
      <span
        ref={ref as React.ForwardedRef<HTMLSpanElement>}
        role="link"
        aria-disabled="true"
        data-disabled=""
        {...shared}
        {...(props as React.HTMLAttributes<HTMLSpanElement>)}
      >
        {direction === "previous" && icon}
        <span className="nx-pagination-step__text">{text ?? stepText[direction]}</span>
        {direction === "next" && icon}
      </span>
    );
  }
  const Comp = asChild ? Slot : "a";
  const content = asChild ? (
    <Slottable>{children}</Slottable>
  ) : (
    <span className="nx-pagination-step__text">{children ?? stepText[direction]}</span>
  );
  return (
    <Comp ref={ref} href={href} {...shared} {...props}>
      {direction === "previous" && icon}
      {content}
      {direction === "next" && icon}
    </Comp>
  );
}

/**
 * The link to the page before, with a chevron and the text "Previous" (or your children).
 * `disabled` on the first page.
 */
export const PaginationPrevious = /* @__PURE__ */ React.forwardRef<
  HTMLAnchorElement,
  PaginationStepProps
>(function PaginationPrevious(props, ref) {
  return renderStep("previous", props, ref);
});

/**
 * The link to the page after, with the text "Next" (or your children) and a chevron.
 * `disabled` on the last page.
 */
export const PaginationNext = /* @__PURE__ */ React.forwardRef<
  HTMLAnchorElement,
  PaginationStepProps
>(function PaginationNext(props, ref) {
  return renderStep("next", props, ref);
});

export interface PaginationEllipsisProps extends React.HTMLAttributes<HTMLSpanElement> {
  /**
   * Text for screen readers; translate it.
   * @default "More pages"
   */
  label?: string;
}

/** Stands for pages left out of the list: a "…" mark, read as "More pages". */
export const PaginationEllipsis = /* @__PURE__ */ React.forwardRef<
  HTMLSpanElement,
  PaginationEllipsisProps
>(function PaginationEllipsis({ className, label = "More pages", ...props }, ref) {
  return (
    <span
      ref={ref}
      data-slot="pagination-ellipsis"
      className={cx("nx-pagination-ellipsis", className)}
      {...props}
    >
      <MoreHorizontalIcon size="sm" className="nx-pagination-ellipsis__icon nx-icon-sm" />
      <span className="nx-pagination-ellipsis__label nx-visually-hidden">{label}</span>
    </span>
  );
});
