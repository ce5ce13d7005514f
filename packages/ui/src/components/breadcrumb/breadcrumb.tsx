import { ChevronRightIcon, MoreHorizontalIcon } from "@nexod/icons";
import { Slot } from "@radix-ui/react-slot";
import { cx } from "class-variance-authority";
import * as React from "react";
import { BreadcrumbCollapsed } from "./breadcrumb-collapsed";

/** Collapse settings used when a prop is not given. */
const defaults = { itemsBeforeCollapse: 1, itemsAfterCollapse: 2 } as const;

export interface BreadcrumbProps extends React.HTMLAttributes<HTMLElement> {
  /**
   * Accessible name of the navigation landmark; translate it with the rest of the product.
   * @default "Breadcrumb"
   */
  "aria-label"?: string;
}

/**
 * The path from the product's home to the current page, as a navigation landmark. Server
 * component: ships no client JavaScript unless a long trail is collapsed (`maxItems`).
 */
export const Breadcrumb = /* @__PURE__ */ React.forwardRef<HTMLElement, BreadcrumbProps>(
  function Breadcrumb({ className, "aria-label": label = "Breadcrumb", ...props }, ref) {
    return (
      <nav
        ref={ref}
        aria-label={label}
        data-slot="breadcrumb"
        className={cx("nx-breadcrumb", className)}
        {...props}
      />
    );
  },
);

export interface BreadcrumbListProps extends React.OlHTMLAttributes<HTMLOListElement> {
  /**
   * Collapse the trail when it has more items than this: the first `itemsBeforeCollapse` and
   * the last `itemsAfterCollapse` stay, the rest hide behind an ellipsis button that shows them.
   * Without it the trail never collapses (and ships no JavaScript).
   */
  maxItems?: number;
  /**
   * Items kept before the ellipsis when the trail collapses.
   * @default 1
   */
  itemsBeforeCollapse?: number;
  /**
   * Items kept after the ellipsis when the trail collapses (the current page is the last).
   * @default 2
   */
  itemsAfterCollapse?: number;
  /**
   * Accessible name of the ellipsis button that shows the hidden items; translate it.
   * @default "Show the full path"
   */
  expandLabel?: string;
}

function assertCount(name: string, value: number, min: number) {
  if (!Number.isInteger(value) || value < min) {
    throw new Error(
      `BreadcrumbList: ${name}={${String(value)}} must be a whole number of at least ${min}.`,
    );
  }
}

const isSeparator = (node: React.ReactNode): node is React.ReactElement =>
  React.isValidElement(node) && node.type === BreadcrumbSeparator;

/** The list's children with fragments opened up (a `.map` that returns item + separator pairs). */
function flattenChildren(children: React.ReactNode, keyPrefix = ""): React.ReactNode[] {
  return React.Children.toArray(children).flatMap((child) => {
    if (
      React.isValidElement<{ children?: React.ReactNode }>(child) &&
      child.type === React.Fragment
    ) {
      return flattenChildren(child.props.children, `${keyPrefix}${String(child.key)}.`);
    }
    return React.isValidElement(child) && keyPrefix
      ? [React.cloneElement(child, { key: `${keyPrefix}${String(child.key)}` })]
      : [child];
  });
}

/** Puts a copy of `separator` between the items. */
function joinItems(items: React.ReactNode[], separator: React.ReactElement, key: string) {
  return items.flatMap((item, index) =>
    index === 0 ? [item] : [React.cloneElement(separator, { key: `${key}-${index}` }), item],
  );
}

/** The ordered list of items and separators. */
export const BreadcrumbList = /* @__PURE__ */ React.forwardRef<
  HTMLOListElement,
  BreadcrumbListProps
>(function BreadcrumbList(
  {
    className,
    maxItems,
    itemsBeforeCollapse = defaults.itemsBeforeCollapse,
    itemsAfterCollapse = defaults.itemsAfterCollapse,
    expandLabel = "Show the full path",
    children,
    ...props
  },
  ref,
) {
  let content: React.ReactNode = children;
  if (maxItems !== undefined) {
    assertCount("maxItems", maxItems, 2);
    assertCount("itemsBeforeCollapse", itemsBeforeCollapse, 0);
    assertCount("itemsAfterCollapse", itemsAfterCollapse, 1);
    if (itemsBeforeCollapse + itemsAfterCollapse > maxItems) {
      throw new Error(
        `BreadcrumbList: itemsBeforeCollapse (${itemsBeforeCollapse}) + itemsAfterCollapse (${itemsAfterCollapse}) must not exceed maxItems (${maxItems}).`,
      );
    }
    const nodes = flattenChildren(children);
    const items = nodes.filter((node) => !isSeparator(node));
    if (items.length > maxItems) {
      const separator = nodes.find(isSeparator) ?? <BreadcrumbSeparator />;
      const hidden = items.slice(itemsBeforeCollapse, items.length - itemsAfterCollapse);
      content = [
        ...joinItems(items.slice(0, itemsBeforeCollapse), separator, "before"),
        itemsBeforeCollapse > 0 && React.cloneElement(separator, { key: "before-collapsed" }),
        <BreadcrumbCollapsed key="collapsed" expandLabel={expandLabel}>
          {joinItems(hidden, separator, "hidden")}
        </BreadcrumbCollapsed>,
        React.cloneElement(separator, { key: "after-collapsed" }),
        ...joinItems(items.slice(items.length - itemsAfterCollapse), separator, "after"),
      ];
    }
  }
  return (
    <ol
      ref={ref}
      data-slot="breadcrumb-list"
      className={cx("nx-breadcrumb-list", className)}
      {...props}
    >
      {content}
    </ol>
  );
});

export type BreadcrumbItemProps = React.LiHTMLAttributes<HTMLLIElement>;

/** One step of the trail: holds a `BreadcrumbLink`, or the `BreadcrumbPage` at the end. */
export const BreadcrumbItem = /* @__PURE__ */ React.forwardRef<HTMLLIElement, BreadcrumbItemProps>(
  function BreadcrumbItem({ className, ...props }, ref) {
    return (
      <li
        ref={ref}
        data-slot="breadcrumb-item"
        className={cx("nx-breadcrumb-item", className)}
        {...props}
      />
    );
  },
);

export interface BreadcrumbLinkProps extends React.AnchorHTMLAttributes<HTMLAnchorElement> {
  /**
   * Render the single child element (Next.js `Link`, a router's link) with the link's styles.
   * @default false
   */
  asChild?: boolean;
}

/** A link to a page above the current one. */
export const BreadcrumbLink = /* @__PURE__ */ React.forwardRef<
  HTMLAnchorElement,
  BreadcrumbLinkProps
>(function BreadcrumbLink({ className, asChild = false, ...props }, ref) {
  const Comp = asChild ? Slot : "a";
  return (
    <Comp
      ref={ref}
      data-slot="breadcrumb-link"
      className={cx("nx-breadcrumb-link nx-focus-ring", className)}
      {...props}
    />
  );
});

export type BreadcrumbPageProps = React.HTMLAttributes<HTMLSpanElement>;

/** The current page, last in the trail: plain text marked `aria-current="page"`. */
export const BreadcrumbPage = /* @__PURE__ */ React.forwardRef<
  HTMLSpanElement,
  BreadcrumbPageProps
>(function BreadcrumbPage({ className, ...props }, ref) {
  return (
    <span
      ref={ref}
      aria-current="page"
      data-slot="breadcrumb-page"
      className={cx("nx-breadcrumb-page", className)}
      {...props}
    />
  );
});

export type BreadcrumbSeparatorProps = React.LiHTMLAttributes<HTMLLIElement>;

/**
 * The mark between two items: a chevron that points the other way in right-to-left pages, or
 * your own children. Hidden from screen readers (the list already says it is a path).
 */
export const BreadcrumbSeparator = /* @__PURE__ */ React.forwardRef<
  HTMLLIElement,
  BreadcrumbSeparatorProps
>(function BreadcrumbSeparator({ className, children, ...props }, ref) {
  return (
    <li
      ref={ref}
      role="presentation"
      aria-hidden="true"
      data-slot="breadcrumb-separator"
      className={cx("nx-breadcrumb-separator", className)}
      {...props}
    >
      {children ?? <ChevronRightIcon size="sm" className="nx-breadcrumb-separator__icon" />}
    </li>
  );
});

export interface BreadcrumbEllipsisProps extends React.HTMLAttributes<HTMLSpanElement> {
  /**
   * Text for screen readers; translate it. Leave it empty inside a button that has its own name.
   * @default "More pages"
   */
  label?: string;
}

/**
 * Stands for items left out of the trail. `BreadcrumbList maxItems` renders one inside a button
 * that shows them; put it in a `DropdownMenuTrigger` to list them in a menu instead.
 */
export const BreadcrumbEllipsis = /* @__PURE__ */ React.forwardRef<
  HTMLSpanElement,
  BreadcrumbEllipsisProps
>(function BreadcrumbEllipsis({ className, label = "More pages", ...props }, ref) {
  return (
    <span
      ref={ref}
      data-slot="breadcrumb-ellipsis"
      className={cx("nx-breadcrumb-ellipsis", className)}
      {...props}
    >
      <MoreHorizontalIcon size="sm" className="nx-breadcrumb-ellipsis__icon nx-icon-sm" />
      {label && <span className="nx-breadcrumb-ellipsis__label nx-visually-hidden">{label}</span>}
    </span>
  );
});
