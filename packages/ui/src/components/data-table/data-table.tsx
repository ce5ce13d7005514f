"use client";

import {
  ArrowDownIcon,
  ArrowUpIcon,
  ChevronDownIcon,
  ChevronLeftIcon,
  ChevronRightIcon,
  ChevronsLeftIcon,
  ChevronsRightIcon,
  ChevronsUpDownIcon,
  MoreHorizontalIcon,
  PlusCircleIcon,
  SlidersIcon,
  XIcon,
} from "@nexod/icons";
import {
  columnFacetingFeature,
  columnFilteringFeature,
  columnPinningFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createExpandedRowModel,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_includesString,
  flexRender,
  functionalUpdate,
  globalFilteringFeature,
  rowExpandingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  useTable,
  type Cell,
  type Column,
  type ColumnDef,
  type ColumnFiltersState,
  type ColumnPinningState,
  type ColumnVisibilityState,
  type Header,
  type OnChangeFn,
  type PaginationState,
  type Row,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { cx } from "class-variance-authority";
import * as React from "react";
import { Button } from "../button/button";
import { Checkbox } from "../checkbox/checkbox";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "../dropdown-menu/dropdown-menu";
import { DropdownMenuCheckboxItem } from "../dropdown-menu/dropdown-menu-selection";
import { Input } from "../input/input";
import { Popover, PopoverContent, PopoverTrigger } from "../popover/popover";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "../select/select";
import { Skeleton } from "../skeleton/skeleton";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  type TableProps,
} from "../table/table";
import {
  DataTableColumnMenu,
  defaultColumnMenuLabels,
  type DataTableColumnMenuLabels,
} from "./data-table-column-menu";
import { useGridNavigation } from "./data-table-grid";
import { alphanumericSortKey, cachedTextSort } from "./data-table-sort";

/** What a column says about itself to the DataTable, in `columnDef.meta`. */
export interface DataTableColumnMeta {
  /**
   * Inline alignment of the header and cells; `"end"` for numbers (tabular figures).
   * @default "start"
   */
  align?: "start" | "center" | "end";
  /** The column's name in the column visibility menu and filters, when its header is not a string. */
  label?: string;
  /**
   * Give this column a header menu when the table's `showColumnMenu` is on. `selectColumn`,
   * `actionsColumn` and `expandColumn` turn it off.
   * @default true
   */
  showColumnMenu?: boolean;
}

/** A value in `facet: (row, columnId, values) => …`: the row's value must be one of `values`. */
function facetFilter(
  row: { getValue: (columnId: string) => unknown },
  columnId: string,
  values: unknown,
) {
  return !Array.isArray(values) || values.length === 0 || values.includes(row.getValue(columnId));
}

/** Every TanStack Table v9 feature the DataTable uses, registered once (module scope). */
export const dataTableFeatures = /* @__PURE__ */ tableFeatures({
  columnMeta: {} as DataTableColumnMeta,
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString, facet: facetFilter },
  columnFacetingFeature,
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    alphanumeric: /* @__PURE__ */ cachedTextSort(sortFn_alphanumeric, alphanumericSortKey),
    text: /* @__PURE__ */ cachedTextSort(sortFn_text, (text) => text),
    datetime: sortFn_datetime,
  },
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  rowSelectionFeature,
  columnVisibilityFeature,
  columnSizingFeature,
  columnResizingFeature,
  columnPinningFeature,
});

export type DataTableFeatures = typeof dataTableFeatures;
/** A column of a DataTable: TanStack Table's `ColumnDef` with the DataTable's features. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of mixed value types, as TanStack's own ColumnDef<…, any>
export type DataTableColumnDef<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;
export type DataTableRow<TData extends RowData> = Row<DataTableFeatures, TData>;
export type DataTableColumn<TData extends RowData> = Column<DataTableFeatures, TData, unknown>;

/** An option of a faceted filter. */
export interface DataTableFilterOption {
  /** The column value the option matches. */
  value: string;
  /** What the option says. @default value */
  label?: string;
  /** Rows with this value; computed from the data when omitted (client mode). */
  count?: number;
}

/** A faceted filter in the toolbar: a popover of checkboxes with counts over one column. */
export interface DataTableFacetFilter {
  /** The column it filters (its `id` or `accessorKey`). */
  columnId: string;
  /** The button's text, e.g. "Status". */
  title: string;
  /** The choices; derived from the column's values (with counts) when omitted. */
  options?: DataTableFilterOption[];
}

/** One item of a row's actions menu. */
export interface DataTableRowAction {
  label: string;
  onSelect: () => void;
  /** A destructive action (delete) in the destructive colour. */
  destructive?: boolean;
  disabled?: boolean;
}

export interface DataTableLabels extends DataTableColumnMenuLabels {
  /** @default "Search" */
  search: string;
  /** @default "Columns" */
  columns: string;
  /** @default "Reset" */
  reset: string;
  /** @default "No results." */
  empty: string;
  /** @default "Rows per page" */
  rowsPerPage: string;
  /** @default (n) => `${n} row(s) selected` */
  selected: (count: number) => string;
  /** @default "Clear selection" */
  clearSelection: string;
  /** @default (page, pages) => `Page ${page} of ${pages}` */
  page: (page: number, pages: number) => string;
  /** @default "Loading" */
  loading: string;
}

const defaultLabels: DataTableLabels = {
  search: "Search",
  columns: "Columns",
  reset: "Reset",
  empty: "No results.",
  rowsPerPage: "Rows per page",
  selected: (n) => `${n} ${n === 1 ? "row" : "rows"} selected`,
  clearSelection: "Clear selection",
  page: (page, pages) => `Page ${page} of ${pages}`,
  loading: "Loading",
  ...defaultColumnMenuLabels,
};

/** Rows rendered above and below the visible window of a virtualised table, by default. */
const defaultOverscan = 8;
/** Row heights of a virtualised table: a row with a checkbox and an actions button, cells on one line. */
const rowHeights = { comfortable: 53, compact: 41 } as const;
/** Header row heights (`nx-table-head`), kept clear when a focused cell scrolls into view. */
const headHeights = { comfortable: 40, compact: 32 } as const;
const keyboardNavigations = ["tab", "grid"] as const;

/** What the DataTable hands the virtual-rows hook on every render of a virtualised table. */
export interface DataTableVirtualRowsOptions {
  /** Rows to lay out (after filtering and sorting). */
  count: number;
  /** The element that scrolls the rows (the table's container). */
  getScrollElement: () => HTMLElement | null;
  /** Height of every row (px): the rows of a virtualised table keep to one line. */
  rowHeight: number;
  /** Rows rendered above and below the visible window. */
  overscan: number;
  /** Height of the scroll container (px), for the first render before it is measured. */
  height: number;
  /** A stable key per row index (the row id). */
  getItemKey: (index: number) => string | number;
}

/** The rows a virtualised table renders now, and how to scroll to one. */
export interface DataTableVirtualRows {
  /** The rows in (and near) view: their index in the row model and their offsets (px). */
  items: readonly { index: number; start: number; end: number }[];
  /** Height of every row together (px). */
  totalSize: number;
  scrollToIndex: (index: number) => void;
  scrollToOffset: (offset: number) => void;
}

/** A hook that windows the rows: `virtualRows` from `@nexod/ui/data-table/virtual`. */
export type DataTableVirtualRowsHook = (
  options: DataTableVirtualRowsOptions,
) => DataTableVirtualRows;

/** `virtualize`: the virtual-rows hook and the height of the scroll container. */
export interface DataTableVirtualize {
  /**
   * The hook that lays out the rows in view: `virtualRows` from `@nexod/ui/data-table/virtual`
   * (TanStack Virtual). It is its own entry point so that tables that do not virtualise do not
   * bundle TanStack Virtual.
   */
  rows: DataTableVirtualRowsHook;
  /** Height of the scroll container (px). */
  height: number;
  /**
   * Rows rendered above and below the visible window.
   * @default 8
   */
  overscan?: number;
}

export interface DataTableProps<TData extends RowData> {
  /** The columns: TanStack column definitions (see `selectColumn`, `actionsColumn`, `expandColumn`). */
  columns: DataTableColumnDef<TData>[];
  /** The rows: every row in client mode; the current page in server mode (`manual`). */
  data: TData[];
  /** A stable id per row (for selection across pages and sorting); the index by default. */
  getRowId?: (row: TData, index: number) => string;
  /** Names the table for screen readers. */
  "aria-label"?: string;
  /**
   * Show the search box (a global text filter across the string and number columns).
   * @default true
   */
  showSearch?: boolean;
  /** Faceted filters in the toolbar (e.g. a status filter with counts). */
  filters?: DataTableFacetFilter[];
  /**
   * Show the column visibility menu.
   * @default true
   */
  showColumnVisibility?: boolean;
  /** Actions for the selected rows, shown in a bar above the table while rows are selected. */
  bulkActions?: (rows: TData[], clearSelection: () => void) => React.ReactNode;
  /** Detail shown under an expanded row (add `expandColumn()` for its toggle). */
  renderExpanded?: (row: TData) => React.ReactNode;
  /** Nested rows, shown when a row is expanded (a tree). */
  getSubRows?: (row: TData) => TData[] | undefined;
  /**
   * The page sizes offered; `false` turns pagination off (all rows, or virtualised rows).
   * @default [10, 20, 50, 100]
   */
  pageSizes?: number[] | false;
  /**
   * Render only the rows in view inside a scroll container of `height` px: for large
   * client-side sets. Turns pagination off. Pass the hook from the virtual entry point:
   * `import { virtualRows } from "@nexod/ui/data-table/virtual"` and
   * `virtualize={{ rows: virtualRows, height: 480 }}`. Switching it on or off remounts the
   * table's body state (sorting, selection and the like, when uncontrolled).
   */
  virtualize?: DataTableVirtualize;
  /** Columns pinned to the start or end edge on first render, e.g. `{ start: ["select", "name"] }`. */
  defaultColumnPinning?: Partial<ColumnPinningState>;
  /** Controlled pinning: the column ids pinned to the start and to the end edge, in order. */
  columnPinning?: ColumnPinningState;
  /** Called when a column is pinned or unpinned (from the column menu), with the new pinning. */
  onColumnPinningChange?: (pinning: ColumnPinningState) => void;
  /**
   * Give every header a column menu ("⋮"): sort ascending or descending, pin to the start or
   * end edge (or unpin) and hide the column. A column opts out of an entry with
   * `enableSorting`, `enablePinning` or `enableHiding: false`.
   * @default false
   */
  showColumnMenu?: boolean;
  /**
   * How the keyboard moves through the table. `"tab"`: a table; Tab visits every control in it.
   * `"grid"`: an ARIA grid with one tab stop; the arrow keys move between cells, Home/End to the
   * row's first/last cell, Ctrl+Home/End to the first/last cell of the table, PageUp/PageDown by
   * a screenful; Enter or F2 moves into a cell's controls and Escape back. A cell with a single
   * checkbox or button (row selection, row actions) focuses that control directly. For tables
   * people work through cell by cell (spreadsheet-like review, many rows of controls).
   * @default "tab"
   */
  keyboardNavigation?: "tab" | "grid";
  /** Columns hidden on first render, e.g. `{ email: false }`. */
  defaultColumnVisibility?: ColumnVisibilityState;
  /**
   * Columns can be resized by dragging (or with the arrow keys on) their header's edge.
   * @default true
   */
  enableColumnResizing?: boolean;

  /**
   * Server mode: sorting, filtering and paging are done by the server; `data` is the current
   * page. Control `sorting`, `columnFilters`, `globalFilter` and `pagination` (e.g. from the
   * URL's search params) and pass `rowCount`.
   * @default false
   */
  manual?: boolean;
  /** All rows on the server (server mode), for the page count. */
  rowCount?: number;
  /** Controlled sort order. */
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  /** Controlled column filters (facet values are arrays of strings). */
  columnFilters?: ColumnFiltersState;
  onColumnFiltersChange?: (filters: ColumnFiltersState) => void;
  /** Controlled search text. */
  globalFilter?: string;
  onGlobalFilterChange?: (value: string) => void;
  /** Controlled page (`pageIndex` from 0) and page size. */
  pagination?: PaginationState;
  onPaginationChange?: (pagination: PaginationState) => void;
  /** Controlled selection: `{ [rowId]: true }`. */
  rowSelection?: RowSelectionState;
  onRowSelectionChange?: (selection: RowSelectionState) => void;

  /**
   * Show skeleton rows instead of data (and mark the table busy).
   * @default false
   */
  loading?: boolean;
  /** An error message shown instead of rows (e.g. the page failed to load). */
  error?: React.ReactNode;
  /** Shown when there are no rows; `labels.empty` by default. */
  emptyState?: React.ReactNode;
  /** Texts of the toolbar, pagination and announcements, for other languages. */
  labels?: Partial<DataTableLabels>;
  /**
   * Row height and padding.
   * @default "comfortable"
   */
  density?: TableProps["density"];
  /**
   * Lines between cells.
   * @default "rows"
   */
  dividers?: TableProps["dividers"];
  /** Class of the DataTable's root element (toolbar, table and pagination). */
  className?: string;
}

/** Controlled when `value` is given, internal state otherwise; `onChange` called either way. */
function useControllable<T>(
  value: T | undefined,
  onChange: ((next: T) => void) | undefined,
  initial: T,
): [T, OnChangeFn<T>] {
  const [internal, setInternal] = React.useState(initial);
  const current = value === undefined ? internal : value;
  const ref = React.useRef(current);
  React.useEffect(() => {
    ref.current = current;
  });
  const set = React.useCallback(
    (updater: Updater<T>) => {
      const next = functionalUpdate(updater, ref.current);
      ref.current = next;
      if (value === undefined) setInternal(next);
      onChange?.(next);
    },
    [value, onChange],
  );
  return [current, set];
}

function columnLabel<TData extends RowData>(column: DataTableColumn<TData>): string {
  const header = column.columnDef.header;
  return column.columnDef.meta?.label ?? (typeof header === "string" ? header : column.id);
}

function checkProps<TData extends RowData>(props: DataTableProps<TData>) {
  if (!Array.isArray(props.columns)) {
    throw new Error("DataTable: `columns` must be an array of column definitions.");
  }
  if (!Array.isArray(props.data)) {
    throw new Error(
      `DataTable: \`data\` must be an array of rows (got ${props.data === null ? "null" : typeof props.data}).`,
    );
  }
  if (props.manual && props.rowCount === undefined && props.pageSizes !== false) {
    throw new Error(
      "DataTable: server mode (`manual`) pages through rows on the server: pass `rowCount`, the number of rows there.",
    );
  }
  if (
    props.keyboardNavigation !== undefined &&
    !keyboardNavigations.includes(props.keyboardNavigation)
  ) {
    throw new Error(
      `DataTable: \`keyboardNavigation\` must be "tab" or "grid" (got ${JSON.stringify(props.keyboardNavigation)}).`,
    );
  }
  const virtualize: unknown = props.virtualize;
  if (
    virtualize !== undefined &&
    virtualize !== null &&
    virtualize !== false &&
    (typeof virtualize !== "object" ||
      typeof (virtualize as { rows?: unknown }).rows !== "function" ||
      typeof (virtualize as { height?: unknown }).height !== "number")
  ) {
    throw new Error(
      `DataTable: \`virtualize\` takes the virtual-rows hook and a height: \`import { virtualRows } from "@nexod/ui/data-table/virtual"\`, then \`virtualize={{ rows: virtualRows, height: 480 }}\` (got ${JSON.stringify(virtualize) ?? typeof virtualize}). TanStack Virtual lives in that entry point so tables that do not virtualise do not bundle it.`,
    );
  }
  if (props.virtualize && props.manual) {
    throw new Error("DataTable: `virtualize` is for client-side data; server mode pages instead.");
  }
}

/**
 * A table of records with sorting (Shift for several columns), search, faceted filters, column
 * visibility, resizing and pinning, row selection with bulk actions, row actions, expandable
 * rows, pagination, virtualised rows and a server mode — TanStack Table v9 rendered with the
 * `Table` parts. The common case is `<DataTable columns={columns} data={data} />`.
 */
export function DataTable<TData extends RowData>(props: DataTableProps<TData>) {
  checkProps(props);
  // The virtual-rows hook runs only in a virtualising table; React hooks keep their order, so
  // turning `virtualize` on or off mounts a new body.
  return <DataTableBody key={props.virtualize ? "virtual" : "paged"} {...props} />;
}

function DataTableBody<TData extends RowData>(props: DataTableProps<TData>) {
  const {
    columns,
    data,
    getRowId,
    showSearch = true,
    filters,
    showColumnVisibility = true,
    bulkActions,
    renderExpanded,
    getSubRows,
    pageSizes = [10, 20, 50, 100],
    defaultColumnPinning,
    defaultColumnVisibility,
    showColumnMenu = false,
    keyboardNavigation = "tab",
    enableColumnResizing = true,
    manual = false,
    rowCount,
    loading = false,
    error,
    emptyState,
    density = "comfortable",
    dividers,
    className,
  } = props;
  const labels = { ...defaultLabels, ...props.labels };
  const virtualize = props.virtualize || undefined;
  const paginated = pageSizes !== false && !virtualize;

  const [sorting, setSorting] = useControllable(props.sorting, props.onSortingChange, []);
  const [columnFilters, setColumnFilters] = useControllable(
    props.columnFilters,
    props.onColumnFiltersChange,
    [],
  );
  const [globalFilter, setGlobalFilter] = useControllable(
    props.globalFilter,
    props.onGlobalFilterChange,
    "",
  );
  const [pagination, setPagination] = useControllable(props.pagination, props.onPaginationChange, {
    pageIndex: 0,
    pageSize: pageSizes === false ? 10 : (pageSizes[0] ?? 10),
  });
  const [rowSelection, setRowSelection] = useControllable(
    props.rowSelection,
    props.onRowSelectionChange,
    {},
  );
  const [columnPinning, setColumnPinning] = useControllable(
    props.columnPinning,
    props.onColumnPinningChange,
    { start: [], end: [], ...defaultColumnPinning },
  );
  const grid = keyboardNavigation === "grid";

  // Facet columns filter with "is one of" unless the product chose a filterFn.
  const facetIds = React.useMemo(() => new Set(filters?.map((f) => f.columnId)), [filters]);
  const tableColumns = React.useMemo(
    () =>
      columns.map((column) => {
        const id = column.id ?? ("accessorKey" in column ? String(column.accessorKey) : undefined);
        return id && facetIds.has(id) && !column.filterFn
          ? ({ ...column, filterFn: "facet" } as unknown as DataTableColumnDef<TData>)
          : column;
      }),
    [columns, facetIds],
  );

  const table = useTable({
    features: dataTableFeatures,
    columns: tableColumns,
    data,
    getRowId,
    getSubRows,
    getRowCanExpand: renderExpanded ? () => true : undefined,
    state: { sorting, columnFilters, globalFilter, pagination, rowSelection, columnPinning },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    onPaginationChange: setPagination,
    onRowSelectionChange: setRowSelection,
    onColumnPinningChange: setColumnPinning,
    initialState: {
      columnVisibility: defaultColumnVisibility ?? {},
    },
    globalFilterFn: "includesString",
    // Every column sorts ascending first (TanStack starts numbers descending): one rule to learn.
    sortDescFirst: false,
    enableColumnResizing,
    columnResizeMode: "onChange",
    manualSorting: manual,
    manualFiltering: manual,
    manualPagination: manual || !paginated,
    rowCount: manual ? rowCount : undefined,
    autoResetPageIndex: !manual,
  });

  const rows = table.getRowModel().rows;
  const anyTable = table as unknown as AnyTable;
  const visibleColumns = table.getVisibleLeafColumns();
  const selectedCount = Object.keys(rowSelection).filter((id) => rowSelection[id]).length;
  const filtered = columnFilters.length > 0 || globalFilter !== "";

  const tableRef = React.useRef<HTMLTableElement>(null);
  const rowHeight = rowHeights[density ?? "comfortable"];
  // Stable while the row model is: the virtualizer rebuilds the positions of every row (100,000
  // objects) whenever `getItemKey` changes, which a new function each render did on every scroll.
  const getItemKey = React.useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const getScrollElement = React.useCallback(() => tableRef.current?.parentElement ?? null, []);
  // Only a virtualising table calls the hook (`DataTable` keys its body on `virtualize`, so the
  // hooks keep their order); without it no virtualizer runs or is bundled.
  // eslint-disable-next-line react-hooks/refs -- the hook calls getScrollElement in its effects, after render
  const virtualizer = virtualize?.rows({
    count: rows.length,
    getScrollElement,
    rowHeight,
    overscan: virtualize.overscan ?? defaultOverscan,
    height: virtualize.height,
    getItemKey,
  });
  const virtualItems = virtualizer?.items ?? [];
  const renderedRows = virtualizer
    ? virtualItems.map((item) => rows[item.index]).filter((row) => row !== undefined)
    : rows;
  const virtualIndex = new Map(virtualItems.map((item) => [rows[item.index]?.id, item.index]));
  const paddingTop = virtualItems[0]?.start ?? 0;
  const paddingBottom = virtualizer ? virtualizer.totalSize - (virtualItems.at(-1)?.end ?? 0) : 0;

  // Changes whenever something a cell may read from the table changes, except row selection and
  // expansion, which each row receives as its own props: a row re-renders when its own data,
  // selection or expansion changes, or when the table's columns, sorting, filters, page or
  // layout do; not when another row is selected or expanded.
  const state = table.state as Record<string, unknown>;
  const rowState = React.useMemo(
    () => ({}),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a token: it only has to change with these
    [
      tableColumns,
      sorting,
      columnFilters,
      globalFilter,
      pagination,
      columnPinning,
      state.columnSizing,
      state.columnVisibility,
      state.columnOrder,
      density,
    ],
  );

  const headerGroups = anyTable.getHeaderGroups();
  // Grid navigation: the navigable rows in order (header rows, body rows, detail rows).
  const expanded = table.state.expanded;
  const gridLines = React.useMemo(() => {
    if (!grid) return [];
    const lines = headerGroups.map((group) => `h:${group.id}`);
    for (const row of rows) {
      lines.push(`r:${row.id}`);
      if (renderExpanded && row.getIsExpanded()) lines.push(`d:${row.id}`);
    }
    return lines;
    // `expanded` changes which detail rows exist; the header groups only by their number.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grid, rows, renderExpanded, expanded, headerGroups.length]);
  const gridHandlers = useGridNavigation({
    enabled: grid,
    tableRef,
    lines: gridLines,
    scrollToLine: virtualizer
      ? (index) => {
          const line = gridLines[index] ?? "";
          if (line.startsWith("h:")) return virtualizer.scrollToOffset(0);
          const rowIndex = rows.findIndex((row) => row.id === line.slice(2));
          if (rowIndex >= 0) virtualizer.scrollToIndex(rowIndex);
        }
      : undefined,
    pageSize: () => {
      const visible = Math.min(
        tableRef.current?.parentElement?.clientHeight || Infinity,
        typeof window === "undefined" ? Infinity : window.innerHeight,
      );
      return Number.isFinite(visible) ? Math.max(1, Math.floor(visible / rowHeight) - 1) : 10;
    },
  });
  const selectable = grid && anyTable.getAllLeafColumns().some((column) => column.id === "select");
  // Focus scrolls a cell into view clear of the pinned columns and the sticky header.
  const pinnedWidth = (columns: AnyColumn[]) =>
    columns.reduce((width, column) => width + column.getSize(), 0);
  const scrollPadding: React.CSSProperties = {
    scrollPaddingInlineStart: pinnedWidth(anyTable.getStartVisibleLeafColumns()),
    scrollPaddingInlineEnd: pinnedWidth(anyTable.getEndVisibleLeafColumns()),
    scrollPaddingBlockStart: virtualize ? headHeights[density ?? "comfortable"] : undefined,
  };

  const selectedRows = bulkActions
    ? Object.keys(rowSelection)
        .filter((id) => rowSelection[id])
        .map(
          (id) =>
            table.getRowModel().rowsById[id]?.original ??
            table.getCoreRowModel().rowsById[id]?.original,
        )
        .filter((row): row is TData => row !== undefined)
    : [];
  const clearSelection = () => table.resetRowSelection(true);

  const showToolbar = showSearch || (filters?.length ?? 0) > 0 || showColumnVisibility || filtered;

  return (
    <div data-slot="data-table" className={cx("nx-data-table", className)}>
      {showToolbar ? (
        <div data-slot="data-table-toolbar" className="nx-data-table-toolbar">
          {showSearch ? (
            <Input
              type="search"
              size="sm"
              aria-label={labels.search}
              placeholder={`${labels.search}…`}
              value={globalFilter}
              onChange={(event) => table.setGlobalFilter(event.target.value)}
              className="nx-data-table-toolbar__search"
            />
          ) : null}
          {filters?.map((filter) => {
            const column = table.getColumn(filter.columnId);
            if (!column) {
              throw new Error(
                `DataTable: the filter "${filter.title}" names the column "${filter.columnId}", which is not in \`columns\`.`,
              );
            }
            return <DataTableFacetedFilter key={filter.columnId} column={column} filter={filter} />;
          })}
          {filtered ? (
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                table.resetColumnFilters(true);
                table.setGlobalFilter("");
              }}
            >
              {labels.reset}
              <XIcon className="nx-data-table__icon" />
            </Button>
          ) : null}
          {showColumnVisibility ? (
            <DataTableViewOptions table={anyTable} label={labels.columns} />
          ) : null}
        </div>
      ) : null}

      {bulkActions && selectedCount > 0 ? (
        <div data-slot="data-table-bulk-actions" className="nx-data-table-bulk-actions">
          <span className="nx-data-table-bulk-actions__count">
            {labels.selected(selectedCount)}
          </span>
          {bulkActions(selectedRows, clearSelection)}
          <Button variant="ghost" size="sm" onClick={clearSelection}>
            {labels.clearSelection}
          </Button>
        </div>
      ) : null}
      {/* Announces selection changes politely; always in the DOM so the first change is read. */}
      <div role="status" aria-live="polite" className="nx-data-table__sr-only">
        {selectedCount > 0 ? labels.selected(selectedCount) : ""}
      </div>

      <Table
        ref={tableRef}
        density={density}
        dividers={dividers}
        stickyHeader={Boolean(virtualize)}
        aria-label={props["aria-label"]}
        aria-busy={loading || undefined}
        aria-rowcount={virtualize ? rows.length + 1 : undefined}
        role={grid ? "grid" : undefined}
        aria-multiselectable={selectable || undefined}
        data-keyboard-navigation={keyboardNavigation}
        {...(grid ? gridHandlers : undefined)}
        className="nx-data-table-table"
        // Columns keep their sizes (resizing, pinning offsets); the table fills wider containers.
        style={{ minWidth: anyTable.getTotalSize() }}
        containerProps={{
          className: "nx-data-table-container",
          style: { height: virtualize?.height, ...scrollPadding },
          // A grid is its own tab stop (and scrolls the focused cell into view).
          ...(grid ? { tabIndex: -1 } : undefined),
        }}
      >
        <TableHeader>
          {headerGroups.map((group) => (
            <TableRow key={group.id} data-grid-line={grid ? `h:${group.id}` : undefined}>
              {group.headers.map((header) => (
                <DataTableHead
                  key={header.id}
                  header={header}
                  table={anyTable}
                  sorting={sorting}
                  showMenu={showColumnMenu}
                  labels={labels}
                />
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {error ? (
            <TableRow>
              <TableCell colSpan={visibleColumns.length} className="nx-data-table-message">
                <div role="alert" className="nx-data-table-message__error">
                  {error}
                </div>
              </TableCell>
            </TableRow>
          ) : loading ? (
            Array.from({ length: paginated ? Math.min(pagination.pageSize, 10) : 5 }, (_, i) => (
              <TableRow key={i} data-slot="data-table-skeleton-row">
                {visibleColumns.map((column) => (
                  <TableCell key={column.id}>
                    <Skeleton className="nx-data-table__skeleton" />
                  </TableCell>
                ))}
              </TableRow>
            ))
          ) : rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={visibleColumns.length} className="nx-data-table-message">
                {emptyState ?? labels.empty}
              </TableCell>
            </TableRow>
          ) : (
            <>
              {paddingTop > 0 ? <tr aria-hidden="true" style={{ height: paddingTop }} /> : null}
              {renderedRows.map((row) => (
                <DataTableRowView
                  key={row.id}
                  row={row as AnyRow}
                  table={anyTable}
                  selected={row.getIsSelected()}
                  expanded={row.getIsExpanded()}
                  grid={grid}
                  selectable={selectable}
                  rowIndex={virtualize ? (virtualIndex.get(row.id) ?? 0) + 2 : undefined}
                  height={virtualize ? rowHeight : undefined}
                  colSpan={visibleColumns.length}
                  renderExpanded={renderExpanded as AnyRenderExpanded | undefined}
                  tableState={rowState}
                />
              ))}
              {paddingBottom > 0 ? (
                <tr aria-hidden="true" style={{ height: paddingBottom }} />
              ) : null}
            </>
          )}
        </TableBody>
      </Table>

      {paginated ? (
        <DataTablePagination
          table={anyTable}
          pageSizes={pageSizes}
          labels={labels}
          pagination={pagination}
        />
      ) : null}
    </div>
  );
}

type DataTableInstance = ReturnType<typeof useTable<DataTableFeatures, never>>;
/* eslint-disable @typescript-eslint/no-explicit-any -- the internal parts below work for any row type */
type AnyTable = ReturnType<typeof useTable<DataTableFeatures, any>>;
type AnyHeader = Header<DataTableFeatures, any, unknown>;
type AnyCell = Cell<DataTableFeatures, any, unknown>;
type AnyColumn = Column<DataTableFeatures, any, unknown>;
type AnyRow = Row<DataTableFeatures, any>;
type AnyRenderExpanded = (row: any) => React.ReactNode;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** "start" on the last column pinned to the start, "end" on the first pinned to the end. */
function pinEdge(column: AnyColumn, table: AnyTable) {
  const pinned = column.getIsPinned();
  if (pinned === "start") {
    return table.getStartVisibleLeafColumns().at(-1)?.id === column.id ? "start" : undefined;
  }
  if (pinned === "end") {
    return table.getEndVisibleLeafColumns()[0]?.id === column.id ? "end" : undefined;
  }
  return undefined;
}

function pinStyle(column: AnyColumn): React.CSSProperties {
  const pinned = column.getIsPinned();
  return {
    width: column.getSize(),
    insetInlineStart: pinned === "start" ? column.getStart("start") : undefined,
    insetInlineEnd: pinned === "end" ? column.getAfter("end") : undefined,
  };
}

const ariaSort = { asc: "ascending", desc: "descending" } as const;

function DataTableHead({
  header,
  table,
  sorting,
  showMenu,
  labels,
}: {
  header: AnyHeader;
  table: AnyTable;
  sorting: SortingState;
  showMenu: boolean;
  labels: DataTableLabels;
}) {
  const column = header.column;
  const sorted = column.getIsSorted();
  // aria-sort goes on one header at a time (the primary sort); others show their rank.
  const primary = sorting[0]?.id === column.id;
  const pinned = column.getIsPinned();
  return (
    <TableHead
      align={column.columnDef.meta?.align}
      colSpan={header.colSpan}
      aria-sort={sorted && primary ? ariaSort[sorted] : undefined}
      data-pinned={pinned || undefined}
      data-pinned-edge={pinEdge(column, table)}
      className={cx("nx-data-table-head", pinned ? "nx-data-table-head--pinned" : undefined)}
      style={pinStyle(column as AnyColumn)}
    >
      {showMenu && !header.isPlaceholder && column.columnDef.meta?.showColumnMenu !== false ? (
        <div className="nx-data-table-head__content">
          <DataTableHeadLabel header={header} table={table} sorting={sorting} />
          <DataTableColumnMenu column={column} label={columnLabel(column)} labels={labels} />
        </div>
      ) : (
        <DataTableHeadLabel header={header} table={table} sorting={sorting} />
      )}
      {column.getCanResize() ? <DataTableResizeHandle header={header} table={table} /> : null}
    </TableHead>
  );
}

/** A header's text, in a sort button when the column sorts. */
function DataTableHeadLabel({
  header,
  table,
  sorting,
}: {
  header: AnyHeader;
  table: AnyTable;
  sorting: SortingState;
}) {
  const column = header.column;
  const sorted = column.getIsSorted();
  const rank = sorting.length > 1 && sorted ? column.getSortIndex() + 1 : undefined;
  const content = header.isPlaceholder ? null : <table.FlexRender header={header} />;
  return (
    <>
      {column.getCanSort() && !header.isPlaceholder ? (
        <button
          type="button"
          className="nx-data-table-sort"
          data-sorted={sorted || undefined}
          onClick={column.getToggleSortingHandler()}
          title="Shift-click to sort by more than one column"
        >
          <span>{content}</span>
          {sorted === "asc" ? (
            <ArrowUpIcon aria-hidden className="nx-data-table__icon" />
          ) : sorted === "desc" ? (
            <ArrowDownIcon aria-hidden className="nx-data-table__icon" />
          ) : (
            <ChevronsUpDownIcon
              aria-hidden
              className="nx-data-table__icon nx-data-table__icon--idle"
            />
          )}
          {rank ? <span className="nx-data-table-sort__rank">{rank}</span> : null}
        </button>
      ) : (
        content
      )}
    </>
  );
}

function DataTableResizeHandle({ header, table }: { header: AnyHeader; table: AnyTable }) {
  const handler = header.getResizeHandler();
  const size = header.getSize();
  const label = columnLabel(header.column as AnyColumn);
  return (
    // A focusable separator is the ARIA pattern for a splitter: arrows resize it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a focusable separator is a widget (WAI-ARIA window splitter)
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${label}`}
      aria-valuenow={size}
      aria-valuemin={header.column.columnDef.minSize ?? 20}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above: a focusable separator is a widget
      tabIndex={0}
      data-resizing={header.column.getIsResizing() || undefined}
      className="nx-data-table-resizer"
      onMouseDown={handler}
      onTouchStart={handler}
      onDoubleClick={() => header.column.resetSize()}
      onKeyDown={(event) => {
        const step = event.shiftKey ? 40 : 10;
        const delta = event.key === "ArrowRight" ? step : event.key === "ArrowLeft" ? -step : 0;
        if (!delta) return;
        event.preventDefault();
        const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
        table.setColumnSizing((old) => ({
          ...old,
          [header.column.id]: Math.max(
            header.column.columnDef.minSize ?? 20,
            size + (rtl ? -delta : delta),
          ),
        }));
      }}
    />
  );
}

interface DataTableRowViewProps {
  row: AnyRow;
  table: AnyTable;
  selected: boolean;
  expanded: boolean;
  grid: boolean;
  selectable: boolean;
  /** `aria-rowindex` of a virtualised row. */
  rowIndex: number | undefined;
  /** Fixed height of a virtualised row. */
  height: number | undefined;
  colSpan: number;
  renderExpanded: AnyRenderExpanded | undefined;
  /** Changes when table state other than selection and expansion does (see `rowState`). */
  tableState: object;
}

/**
 * Whether a row's props are the same, leaving out `table`: `useTable` returns a new object each
 * render (the same instance's methods with this render's options and state); the cells read
 * the instance through it, and what they show of its state changes `tableState`.
 */
function sameRowProps(a: DataTableRowViewProps, b: DataTableRowViewProps) {
  for (const key of Object.keys(a) as (keyof DataTableRowViewProps)[]) {
    if (key !== "table" && a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

/**
 * A body row and its detail row, memoised: React skips it while its props are the same, so
 * selecting or expanding one row, or a scroll frame of a virtualised table, re-renders only the
 * rows that changed.
 */
const DataTableRowView = /* @__PURE__ */ React.memo(function DataTableRowView({
  row,
  table,
  selected,
  expanded,
  grid,
  selectable,
  rowIndex,
  height,
  colSpan,
  renderExpanded,
}: DataTableRowViewProps) {
  return (
    <>
      <TableRow
        data-state={selected ? "selected" : undefined}
        data-grid-line={grid ? `r:${row.id}` : undefined}
        aria-selected={selectable ? selected : undefined}
        aria-rowindex={rowIndex}
        // Fixed row heights keep the virtual positions exact (cells stay on one line).
        style={height === undefined ? undefined : { height }}
      >
        {row.getVisibleCells().map((cell) => (
          <DataTableCell key={cell.id} cell={cell} table={table} grid={grid} />
        ))}
      </TableRow>
      {renderExpanded && expanded ? (
        <TableRow
          data-slot="data-table-expanded-row"
          data-grid-line={grid ? `d:${row.id}` : undefined}
          className="nx-data-table-expanded-row"
        >
          <TableCell colSpan={colSpan} role={grid ? "gridcell" : undefined}>
            {renderExpanded(row.original)}
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
}, sameRowProps);

function DataTableCell({ cell, table, grid }: { cell: AnyCell; table: AnyTable; grid: boolean }) {
  const column = cell.column;
  const pinned = column.getIsPinned();
  return (
    <TableCell
      align={column.columnDef.meta?.align}
      role={grid ? "gridcell" : undefined}
      data-pinned={pinned || undefined}
      data-pinned-edge={pinned ? pinEdge(column, table) : undefined}
      className={pinned ? "nx-data-table-cell--pinned" : undefined}
      style={pinned ? pinStyle(column) : undefined}
    >
      {/* flexRender, not <FlexRender>: one component less per cell (no grouping here). */}
      {flexRender(cell.column.columnDef.cell, cell.getContext())}
    </TableCell>
  );
}

function DataTableFacetedFilter<TData extends RowData>({
  column,
  filter,
}: {
  column: DataTableColumn<TData>;
  filter: DataTableFacetFilter;
}) {
  const selected = new Set((column.getFilterValue() as string[] | undefined) ?? []);
  const counts = column.getFacetedUniqueValues();
  const options: DataTableFilterOption[] =
    filter.options ??
    [...counts.keys()]
      .map((value) => ({ value: String(value) }))
      .sort((a, b) => a.value.localeCompare(b.value));
  const setSelected = (next: Set<string>) =>
    column.setFilterValue(next.size > 0 ? [...next] : undefined);
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm" className="nx-data-table-filter">
          <PlusCircleIcon aria-hidden className="nx-data-table__icon" />
          {filter.title}
          {selected.size > 0 ? (
            <span className="nx-data-table-filter__count">
              <span className="nx-data-table__sr-only">, </span>
              {selected.size}
              <span className="nx-data-table__sr-only"> selected</span>
            </span>
          ) : null}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="start" className="nx-data-table-filter-content">
        <fieldset className="nx-data-table-filter-content__group">
          <legend className="nx-data-table__sr-only">{filter.title}</legend>
          {options.map((option) => {
            const id = `${column.id}-facet-${option.value}`;
            const count = option.count ?? counts.get(option.value) ?? 0;
            return (
              <div key={option.value} className="nx-data-table-filter-option">
                <Checkbox
                  id={id}
                  size="sm"
                  checked={selected.has(option.value)}
                  onCheckedChange={(checked) => {
                    const next = new Set(selected);
                    if (checked === true) next.add(option.value);
                    else next.delete(option.value);
                    setSelected(next);
                  }}
                />
                <label htmlFor={id} className="nx-data-table-filter-option__label">
                  {option.label ?? option.value}
                </label>
                <span className="nx-data-table-filter-option__count">{count}</span>
              </div>
            );
          })}
        </fieldset>
        {selected.size > 0 ? (
          <Button
            variant="ghost"
            size="sm"
            className="nx-data-table-filter-content__clear"
            onClick={() => setSelected(new Set())}
          >
            Clear filter
          </Button>
        ) : null}
      </PopoverContent>
    </Popover>
  );
}

function DataTableViewOptions({ table, label }: { table: AnyTable; label: string }) {
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className="nx-data-table-toolbar__view">
          <SlidersIcon aria-hidden className="nx-data-table__icon" />
          {label}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>Show columns</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {hideable.map((column) => (
          <DropdownMenuCheckboxItem
            key={column.id}
            checked={column.getIsVisible()}
            onCheckedChange={(checked) => column.toggleVisibility(checked === true)}
            onSelect={(event) => event.preventDefault()}
          >
            {columnLabel(column as AnyColumn)}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function DataTablePagination({
  table,
  pageSizes,
  labels,
  pagination,
}: {
  table: AnyTable;
  pageSizes: number[];
  labels: DataTableLabels;
  pagination: PaginationState;
}) {
  const pages = Math.max(table.getPageCount(), 1);
  const sizeId = React.useId();
  return (
    <div data-slot="data-table-pagination" className="nx-data-table-pagination">
      <div className="nx-data-table-pagination__size">
        <span id={sizeId}>{labels.rowsPerPage}</span>
        <Select
          value={String(pagination.pageSize)}
          onValueChange={(value) => table.setPageSize(Number(value))}
        >
          <SelectTrigger
            size="sm"
            aria-labelledby={sizeId}
            className="nx-data-table-pagination__select"
          >
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {pageSizes.map((size) => (
              <SelectItem key={size} value={String(size)}>
                {size}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <span className="nx-data-table-pagination__page">
        {labels.page(pagination.pageIndex + 1, pages)}
      </span>
      <div className="nx-data-table-pagination__buttons">
        <Button
          variant="outline"
          size="icon"
          aria-label="First page"
          disabled={!table.getCanPreviousPage()}
          onClick={() => table.firstPage()}
        >
          <ChevronsLeftIcon aria-hidden className="nx-data-table__icon nx-data-table__icon--flip" />
        </Button>
        <Button
          variant="outline"
          size="icon"
          aria-label="Previous page"
          disabled={!table.getCanPreviousPage()}
          onClick={() => table.previousPage()}
        >
          <ChevronLeftIcon aria-hidden className="nx-data-table__icon nx-data-table__icon--flip" />
        </Button>
        <Button
          variant="outline"
          size="icon"
          aria-label="Next page"
          disabled={!table.getCanNextPage()}
          onClick={() => table.nextPage()}
        >
          <ChevronRightIcon aria-hidden className="nx-data-table__icon nx-data-table__icon--flip" />
        </Button>
        <Button
          variant="outline"
          size="icon"
          aria-label="Last page"
          disabled={!table.getCanNextPage()}
          onClick={() => table.lastPage()}
        >
          <ChevronsRightIcon
            aria-hidden
            className="nx-data-table__icon nx-data-table__icon--flip"
          />
        </Button>
      </div>
    </div>
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Column helpers                                                                              */
/* ------------------------------------------------------------------------------------------ */

export interface SelectColumnOptions<TData extends RowData> {
  /** Names a row's checkbox: "Select <name>". @default the row id */
  rowLabel?: (row: TData) => string;
}

/**
 * A first column of checkboxes: the header one selects every row of the page (mixed while some
 * are), each row's one selects the row; Shift-click selects the range from the last one clicked.
 */
export function selectColumn<TData extends RowData>(
  options: SelectColumnOptions<TData> = {},
): DataTableColumnDef<TData> {
  return {
    id: "select",
    size: 44,
    enableSorting: false,
    enableHiding: false,
    enableResizing: false,
    meta: { label: "Select", showColumnMenu: false },
    header: ({ table }) => (
      <Checkbox
        size="sm"
        aria-label="Select all rows on this page"
        checked={
          table.getIsAllPageRowsSelected()
            ? true
            : table.getIsSomePageRowsSelected()
              ? "indeterminate"
              : false
        }
        onCheckedChange={(checked) => table.toggleAllPageRowsSelected(checked === true)}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        size="sm"
        aria-label={`Select ${options.rowLabel ? options.rowLabel(row.original) : `row ${row.id}`}`}
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        // The native change event carries the new `checked` and, from its click, `shiftKey`
        // (TanStack's Shift ranges).
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  };
}

export interface ActionsColumnOptions<TData extends RowData> {
  /** The row's menu items. */
  actions: (row: TData) => DataTableRowAction[];
  /** Names the menu button: "Actions for <name>". @default the row id */
  rowLabel?: (row: TData) => string;
}

/** A last column with a "…" menu of actions per row. */
export function actionsColumn<TData extends RowData>(
  options: ActionsColumnOptions<TData>,
): DataTableColumnDef<TData> {
  return {
    id: "actions",
    size: 56,
    enableSorting: false,
    enableHiding: false,
    enableResizing: false,
    meta: { label: "Actions", align: "end", showColumnMenu: false },
    header: () => <span className="nx-data-table__sr-only">Actions</span>,
    cell: ({ row }) => (
      <DataTableRowActions
        label={`Actions for ${options.rowLabel ? options.rowLabel(row.original) : `row ${row.id}`}`}
        actions={() => options.actions(row.original)}
      />
    ),
  };
}

/** Keys that open a menu from its trigger (Radix opens on these, and on a pointer press). */
const menuOpenKeys = new Set(["Enter", " ", "ArrowDown", "ArrowUp"]);

/**
 * A row's "…" menu. Until it is first used it is a plain button that looks the same: a Radix
 * menu root per row (contexts, a Popper anchor measured after mount, document listeners) was
 * most of the cost of mounting a row, paid again for every row a sort or a page brings in.
 * Pressing it (pointer down, as Radix opens), a key that opens menus, or a click mounts the real
 * menu, open; the roving tabindex carries over to the new trigger, and focus returns to it when
 * the menu closes.
 */
function DataTableRowActions({
  label,
  actions,
}: {
  label: string;
  actions: () => DataTableRowAction[];
}) {
  const [mounted, setMounted] = React.useState(false);
  const [open, setOpen] = React.useState(false);
  const plainRef = React.useRef<HTMLButtonElement>(null);
  const triggerRef = React.useRef<HTMLButtonElement>(null);
  // The plain button's tabindex (grid navigation's roving tab stop), for the trigger.
  const handover = React.useRef<string | null>(null);
  const mount = () => {
    handover.current = plainRef.current?.getAttribute("tabindex") ?? null;
    setOpen(true);
    setMounted(true);
  };
  React.useLayoutEffect(() => {
    if (!mounted || handover.current === null) return;
    triggerRef.current?.setAttribute("tabindex", handover.current);
    handover.current = null;
  }, [mounted]);

  const icon = <MoreHorizontalIcon aria-hidden className="nx-data-table__icon" />;
  if (!mounted) {
    return (
      <Button
        ref={plainRef}
        variant="ghost"
        size="icon"
        className="nx-data-table-row-actions"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={false}
        data-state="closed"
        onPointerDown={(event) => {
          if (event.button !== 0 || event.ctrlKey) return;
          event.preventDefault();
          mount();
        }}
        onKeyDown={(event) => {
          if (!menuOpenKeys.has(event.key)) return;
          event.preventDefault();
          mount();
        }}
        // A click with neither (a screen reader's virtual cursor, `element.click()`).
        onClick={() => mount()}
      >
        {icon}
      </Button>
    );
  }
  return (
    <DropdownMenu open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger asChild>
        <Button
          ref={triggerRef}
          variant="ghost"
          size="icon"
          className="nx-data-table-row-actions"
          aria-label={label}
        >
          {icon}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {actions().map((action) => (
          <DropdownMenuItem
            key={action.label}
            variant={action.destructive ? "destructive" : undefined}
            disabled={action.disabled}
            onSelect={action.onSelect}
          >
            {action.label}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** A first column with a disclosure button per row, for `renderExpanded` or sub-rows. */
export function expandColumn<TData extends RowData>(
  options: SelectColumnOptions<TData> = {},
): DataTableColumnDef<TData> {
  return {
    id: "expand",
    size: 44,
    enableSorting: false,
    enableHiding: false,
    enableResizing: false,
    meta: { label: "Expand", showColumnMenu: false },
    header: () => <span className="nx-data-table__sr-only">Details</span>,
    cell: ({ row }) =>
      row.getCanExpand() ? (
        <Button
          variant="ghost"
          size="icon"
          aria-expanded={row.getIsExpanded()}
          aria-label={`Details of ${options.rowLabel ? options.rowLabel(row.original) : `row ${row.id}`}`}
          className="nx-data-table-expand"
          style={{ marginInlineStart: row.depth * 16 }}
          onClick={() => row.toggleExpanded()}
        >
          <ChevronDownIcon aria-hidden className="nx-data-table__icon nx-data-table-expand__icon" />
        </Button>
      ) : null,
  };
}

export type {
  ColumnFiltersState,
  ColumnPinningState,
  PaginationState,
  RowSelectionState,
  SortingState,
};
export type { DataTableColumnMenuLabels } from "./data-table-column-menu";
// Exported for typing a product's own parts that receive the table.
export type { DataTableInstance };
