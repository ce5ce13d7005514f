import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { density: "comfortable", dividers: "rows" } as const;

/** Class names of the Table's looks (styles: table.css). */
export const tableVariants = /* @__PURE__ */ cva("nx-table", {
  variants: {
    /**
     * Row height and cell padding: `compact` fits about a third more rows on a screen.
     * @default "comfortable"
     */
    density: {
      comfortable: "nx-table--comfortable",
      compact: "nx-table--compact",
    },
    /**
     * Lines between cells: `rows` (between rows), `grid` (rows and columns) or `none`.
     * @default "rows"
     */
    dividers: {
      rows: "nx-table--rows",
      grid: "nx-table--grid",
      none: "nx-table--none",
    },
    /**
     * Keep the header row in view while the table's container scrolls vertically (give the
     * container a height with `containerProps.style` or a class).
     * @default false
     */
    stickyHeader: { true: "nx-table--sticky-header", false: "" },
  },
  defaultVariants: { density: defaults.density, dividers: defaults.dividers, stickyHeader: false },
});

export interface TableProps
  extends React.TableHTMLAttributes<HTMLTableElement>, VariantProps<typeof tableVariants> {
  /**
   * Props of the scroll container around the `<table>` (a `div` that scrolls the table
   * horizontally, with shadows at the edges that have more content). Give it a `style` height
   * for a sticky header, or an `aria-label` to make it a named region.
   */
  containerProps?: React.HTMLAttributes<HTMLDivElement> & { "data-testid"?: string };
}

/**
 * A table of records: render `TableHeader`, `TableBody` and `TableFooter` inside it, with
 * `TableRow`, `TableHead` and `TableCell`. Server component: ships no client JavaScript. Wide
 * tables scroll inside their container, which shows a shadow on each edge with more content
 * and takes keyboard focus so it can be scrolled with the arrow keys.
 */
export const Table = /* @__PURE__ */ React.forwardRef<HTMLTableElement, TableProps>(function Table(
  { className, density, dividers, stickyHeader, containerProps, ...props },
  ref,
) {
  const named = containerProps?.["aria-label"] || containerProps?.["aria-labelledby"];
  return (
    <div
      data-slot="table-container"
      data-sticky-header={stickyHeader ? "" : undefined}
      // A scrollable region must be reachable from the keyboard (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scroll container, see above
      tabIndex={0}
      role={named ? "region" : undefined}
      {...containerProps}
      className={cx("nx-table-container nx-focus-ring", containerProps?.className)}
    >
      <table
        ref={ref}
        data-slot="table"
        data-density={density ?? defaults.density}
        data-dividers={dividers ?? defaults.dividers}
        className={cx(tableVariants({ density, dividers, stickyHeader }), className)}
        {...props}
      />
    </div>
  );
});

export type TableHeaderProps = React.HTMLAttributes<HTMLTableSectionElement>;

/** The header rows (`<thead>`). */
export const TableHeader = /* @__PURE__ */ React.forwardRef<
  HTMLTableSectionElement,
  TableHeaderProps
>(function TableHeader({ className, ...props }, ref) {
  return (
    <thead
      ref={ref}
      data-slot="table-header"
      className={cx("nx-table-header", className)}
      {...props}
    />
  );
});

export type TableBodyProps = React.HTMLAttributes<HTMLTableSectionElement>;

/** The record rows (`<tbody>`). */
export const TableBody = /* @__PURE__ */ React.forwardRef<HTMLTableSectionElement, TableBodyProps>(
  function TableBody({ className, ...props }, ref) {
    return (
      <tbody
        ref={ref}
        data-slot="table-body"
        className={cx("nx-table-body", className)}
        {...props}
      />
    );
  },
);

export type TableFooterProps = React.HTMLAttributes<HTMLTableSectionElement>;

/** Totals or summary rows (`<tfoot>`), on a muted background. */
export const TableFooter = /* @__PURE__ */ React.forwardRef<
  HTMLTableSectionElement,
  TableFooterProps
>(function TableFooter({ className, ...props }, ref) {
  return (
    <tfoot
      ref={ref}
      data-slot="table-footer"
      className={cx("nx-table-footer", className)}
      {...props}
    />
  );
});

export interface TableRowProps extends React.HTMLAttributes<HTMLTableRowElement> {
  /**
   * `"selected"` gives the row the selected look (a primary tint and a bar at its start edge).
   * Pair it with `aria-selected` in a grid, or a checked row checkbox.
   */
  "data-state"?: "selected" | (string & {});
}

/** A row (`<tr>`); body rows tint on hover. */
export const TableRow = /* @__PURE__ */ React.forwardRef<HTMLTableRowElement, TableRowProps>(
  function TableRow({ className, ...props }, ref) {
    return (
      <tr ref={ref} data-slot="table-row" className={cx("nx-table-row", className)} {...props} />
    );
  },
);

const alignClass = {
  start: "nx-table-head--start",
  end: "nx-table-head--end",
  center: "nx-table-head--center",
} as const;
const cellAlignClass = {
  start: "nx-table-cell--start",
  end: "nx-table-cell--end",
  center: "nx-table-cell--center",
} as const;

type Align = keyof typeof alignClass;

function checkAlign(part: string, align: unknown): Align {
  if (align === undefined) return "start";
  if (typeof align === "string" && align in alignClass) return align as Align;
  throw new Error(
    `${part}: align must be "start", "center" or "end" (got ${JSON.stringify(align)}). Use "end" for numbers.`,
  );
}

export interface TableHeadProps extends Omit<
  React.ThHTMLAttributes<HTMLTableCellElement>,
  "align"
> {
  /**
   * Inline alignment. Use `"end"` over numeric columns (with `align="end"` on their cells).
   * @default "start"
   */
  align?: Align;
}

/** A header cell (`<th>`, `scope="col"` unless given). Put `aria-sort` on it when sorted. */
export const TableHead = /* @__PURE__ */ React.forwardRef<HTMLTableCellElement, TableHeadProps>(
  function TableHead({ className, align, scope = "col", ...props }, ref) {
    const resolved = checkAlign("TableHead", align);
    return (
      <th
        ref={ref}
        scope={scope}
        data-slot="table-head"
        data-align={resolved}
        className={cx("nx-table-head", alignClass[resolved], className)}
        {...props}
      />
    );
  },
);

export interface TableCellProps extends Omit<
  React.TdHTMLAttributes<HTMLTableCellElement>,
  "align"
> {
  /**
   * Inline alignment. `"end"` also switches to tabular figures, so digits line up in a column
   * of numbers.
   * @default "start"
   */
  align?: Align;
}

/** A data cell (`<td>`). */
export const TableCell = /* @__PURE__ */ React.forwardRef<HTMLTableCellElement, TableCellProps>(
  function TableCell({ className, align, ...props }, ref) {
    const resolved = checkAlign("TableCell", align);
    return (
      <td
        ref={ref}
        data-slot="table-cell"
        data-align={resolved}
        className={cx("nx-table-cell", cellAlignClass[resolved], className)}
        {...props}
      />
    );
  },
);

export type TableCaptionProps = React.HTMLAttributes<HTMLTableCaptionElement>;

/** The table's name (`<caption>`), shown below the table; screen readers announce it first. */
export const TableCaption = /* @__PURE__ */ React.forwardRef<
  HTMLTableCaptionElement,
  TableCaptionProps
>(function TableCaption({ className, ...props }, ref) {
  return (
    <caption
      ref={ref}
      data-slot="table-caption"
      className={cx("nx-table-caption", className)}
      {...props}
    />
  );
});
