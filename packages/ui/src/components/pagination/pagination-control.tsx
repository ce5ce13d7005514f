"use client";

import { ChevronLeftIcon, ChevronRightIcon, MoreHorizontalIcon } from "@nexod/icons";
import { cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { paginationRange } from "./pagination-range";
import { paginationLinkVariants } from "./pagination";

/** Values used when a prop is not given. */
const defaults = { size: "md", siblings: 1 } as const;

export interface PaginationControlProps
  extends
    Omit<React.HTMLAttributes<HTMLElement>, "onChange">,
    VariantProps<typeof paginationLinkVariants> {
  /** The page shown, from 1 (controlled). */
  page: number;
  /** Called with the page the user picks. */
  onPageChange: (page: number) => void;
  /** How many pages there are (at least 1). */
  pageCount: number;
  /**
   * Pages shown on each side of the current one.
   * @default 1
   */
  siblings?: number;
  /**
   * Accessible name of the navigation landmark; translate it.
   * @default "Pagination"
   */
  "aria-label"?: string;
  /**
   * Visible text of the previous button; translate it.
   * @default "Previous"
   */
  previousText?: string;
  /**
   * Visible text of the next button; translate it.
   * @default "Next"
   */
  nextText?: string;
  /**
   * Accessible name of a page button; translate it.
   * @default (page) => `Page ${page}`
   */
  getPageLabel?: (page: number) => string;
  /**
   * Text for screen readers on each ellipsis; translate it.
   * @default "More pages"
   */
  ellipsisLabel?: string;
}

const pageLabel = (page: number) => `Page ${page}`;

/**
 * Pagination for pages held in client state (a table, search results fetched on the client):
 * buttons instead of links, the page list with ellipses computed from `page` and `pageCount`.
 * When a press disables the focused previous/next button, focus moves to the current page.
 */
export const PaginationControl = /* @__PURE__ */ React.forwardRef<
  HTMLElement,
  PaginationControlProps
>(function PaginationControl(
  {
    page,
    onPageChange,
    pageCount,
    siblings = defaults.siblings,
    size,
    className,
    "aria-label": label = "Pagination",
    previousText = "Previous",
    nextText = "Next",
    getPageLabel = pageLabel,
    ellipsisLabel = "More pages",
    ...props
  },
  ref,
) {
  if (typeof onPageChange !== "function") {
    throw new Error("PaginationControl: onPageChange is required (the component is controlled).");
  }
  const items = paginationRange({ page, pageCount, siblings });
  const currentRef = React.useRef<HTMLButtonElement>(null);
  const refocus = React.useRef(false);

  React.useEffect(() => {
    if (refocus.current) {
      refocus.current = false;
      currentRef.current?.focus();
    }
  }, [page]);

  const step = (target: number) => (event: React.MouseEvent<HTMLButtonElement>) => {
    // The button is about to be disabled: keep keyboard focus on the current page instead.
    if ((target === 1 || target === pageCount) && event.currentTarget === document.activeElement) {
      refocus.current = true;
    }
    onPageChange(target);
  };
  const linkClass = paginationLinkVariants({ size });
  const dataSize = size ?? defaults.size;

  return (
    <nav
      ref={ref}
      aria-label={label}
      data-slot="pagination"
      className={cx("nx-pagination", className)}
      {...props}
    >
      <ul data-slot="pagination-content" className="nx-pagination-content">
        <li data-slot="pagination-item" className="nx-pagination-item">
          <button
            type="button"
            disabled={page <= 1}
            onClick={step(page - 1)}
            data-slot="pagination-previous"
            data-direction="previous"
            data-size={dataSize}
            className={cx(linkClass, "nx-pagination-step")}
          >
            <ChevronLeftIcon size="sm" className="nx-pagination-link__icon" />
            <span className="nx-pagination-step__text">{previousText}</span>
          </button>
        </li>
        {items.map((item) =>
          typeof item === "number" ? (
            <li key={item} data-slot="pagination-item" className="nx-pagination-item">
              <button
                type="button"
                ref={item === page ? currentRef : undefined}
                aria-label={getPageLabel(item)}
                aria-current={item === page ? "page" : undefined}
                data-active={item === page ? "" : undefined}
                onClick={() => item !== page && onPageChange(item)}
                data-slot="pagination-link"
                data-size={dataSize}
                className={linkClass}
              >
                {item}
              </button>
            </li>
          ) : (
            <li key={item} data-slot="pagination-item" className="nx-pagination-item">
              <span data-slot="pagination-ellipsis" className="nx-pagination-ellipsis">
                <MoreHorizontalIcon size="sm" className="nx-pagination-ellipsis__icon nx-icon-sm" />
                <span className="nx-pagination-ellipsis__label nx-visually-hidden">
                  {ellipsisLabel}
                </span>
              </span>
            </li>
          ),
        )}
        <li data-slot="pagination-item" className="nx-pagination-item">
          <button
            type="button"
            disabled={page >= pageCount}
            onClick={step(page + 1)}
            data-slot="pagination-next"
            data-direction="next"
            data-size={dataSize}
            className={cx(linkClass, "nx-pagination-step")}
          >
            <span className="nx-pagination-step__text">{nextText}</span>
            <ChevronRightIcon size="sm" className="nx-pagination-link__icon" />
          </button>
        </li>
      </ul>
    </nav>
  );
});
