import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { shape: "rect", lines: 3, rows: 5, columns: 4 } as const;

/** Class names of a placeholder's looks (styles: skeleton.css). */
export const skeletonVariants = /* @__PURE__ */ cva("nx-skeleton", {
  variants: {
    /**
     * `rect`: a block you size with `className` or `style`; `circle`: a circle (an avatar,
     * sized with `size`); `text`: one line of body text (full width, text height).
     * @default "rect"
     */
    shape: {
      rect: "nx-skeleton--rect",
      circle: "nx-skeleton--circle",
      text: "nx-skeleton--text",
    },
    /**
     * Diameter of a `circle`: `sm` 32px, `md` 40px, `lg` 48px (the avatar sizes).
     */
    size: {
      sm: "nx-skeleton--sm",
      md: "nx-skeleton--md",
      lg: "nx-skeleton--lg",
    },
  },
  defaultVariants: { shape: defaults.shape },
});

export interface SkeletonProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof skeletonVariants> {}

/**
 * A placeholder block shown while content loads. Hidden from assistive technology: mark the
 * loading region itself with `aria-busy`. Server component: ships no client JavaScript.
 */
export const Skeleton = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SkeletonProps>(
  function Skeleton({ className, shape, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        aria-hidden="true"
        data-slot="skeleton"
        data-shape={shape ?? defaults.shape}
        className={cx(skeletonVariants({ shape, size }), className)}
        {...props}
      />
    );
  },
);

function checkCount(component: string, prop: string, value: number) {
  if (!(Number.isInteger(value) && value >= 1)) {
    throw new Error(
      `${component}: ${prop} must be a whole number from 1; got ${JSON.stringify(value)}.`,
    );
  }
}

export interface SkeletonTextProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Number of lines; the last is shorter, as a paragraph's last line is.
   * @default 3
   */
  lines?: number;
}

/** A paragraph of text loading: `lines` lines of body text, the last one shorter. */
export const SkeletonText = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SkeletonTextProps>(
  function SkeletonText({ className, lines = defaults.lines, ...props }, ref) {
    checkCount("SkeletonText", "lines", lines);
    return (
      <div
        ref={ref}
        aria-hidden="true"
        data-slot="skeleton-text"
        className={cx("nx-skeleton-text", className)}
        {...props}
      >
        {Array.from({ length: lines }, (_, index) => (
          <Skeleton
            key={index}
            shape="text"
            className={index === lines - 1 && lines > 1 ? "nx-skeleton-text__last" : undefined}
          />
        ))}
      </div>
    );
  },
);

export interface SkeletonCardProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Show a media block (an image or a chart) at the top of the card.
   * @default false
   */
  showMedia?: boolean;
  /**
   * Lines of text under the header.
   * @default 2
   */
  lines?: number;
}

/** A card loading: an optional media block, an avatar with a title and a subtitle, text lines. */
export const SkeletonCard = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SkeletonCardProps>(
  function SkeletonCard({ className, showMedia = false, lines = 2, ...props }, ref) {
    return (
      <div
        ref={ref}
        aria-hidden="true"
        data-slot="skeleton-card"
        className={cx("nx-skeleton-card", className)}
        {...props}
      >
        {showMedia ? <Skeleton className="nx-skeleton-card__media" /> : null}
        <div className="nx-skeleton-card__header">
          <Skeleton shape="circle" size="md" />
          <div className="nx-skeleton-card__heading">
            <Skeleton shape="text" className="nx-skeleton-card__title" />
            <Skeleton shape="text" className="nx-skeleton-card__subtitle" />
          </div>
        </div>
        <SkeletonText lines={lines} />
      </div>
    );
  },
);

export interface SkeletonTableProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Body rows (a header row comes on top).
   * @default 5
   */
  rows?: number;
  /**
   * Columns per row.
   * @default 4
   */
  columns?: number;
}

/** A table loading: a header row and `rows` rows of `columns` cells, widths varied per column. */
export const SkeletonTable = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SkeletonTableProps>(
  function SkeletonTable(
    { className, rows = defaults.rows, columns = defaults.columns, style, ...props },
    ref,
  ) {
    checkCount("SkeletonTable", "rows", rows);
    checkCount("SkeletonTable", "columns", columns);
    const row = (key: string, header: boolean) => (
      <div key={key} className={header ? "nx-skeleton-table__header" : "nx-skeleton-table__row"}>
        {Array.from({ length: columns }, (_, column) => (
          <Skeleton
            key={column}
            shape="text"
            className={`nx-skeleton-table__cell nx-skeleton-table__cell--${column % 4}`}
          />
        ))}
      </div>
    );
    return (
      <div
        ref={ref}
        aria-hidden="true"
        data-slot="skeleton-table"
        className={cx("nx-skeleton-table", className)}
        style={{ "--nx-skeleton-columns": columns, ...style } as React.CSSProperties}
        {...props}
      >
        {row("header", true)}
        {Array.from({ length: rows }, (_, index) => row(String(index), false))}
      </div>
    );
  },
);
