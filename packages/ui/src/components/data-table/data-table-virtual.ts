"use client";

// The DataTable's virtual rows on TanStack Virtual; exported by `@nexod/ui/data-table/virtual`
// (virtual.ts) only, never by `@nexod/ui/data-table`.
import { useVirtualizer } from "@tanstack/react-virtual";
import * as React from "react";
import type {
  DataTableVirtualRows,
  DataTableVirtualRowsHook,
  DataTableVirtualRowsOptions,
} from "./data-table";

function useVirtualRows(options: DataTableVirtualRowsOptions): DataTableVirtualRows {
  const { rowHeight } = options;
  const estimateSize = React.useCallback(() => rowHeight, [rowHeight]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in this render only
  const virtualizer = useVirtualizer({
    count: options.count,
    getScrollElement: options.getScrollElement,
    estimateSize,
    overscan: options.overscan,
    initialRect: { width: 0, height: options.height },
    // Stable while the row model is (the DataTable memoises it): the virtualizer rebuilds the
    // position of every row whenever `getItemKey` changes.
    getItemKey: options.getItemKey,
  });
  return {
    items: virtualizer.getVirtualItems(),
    totalSize: virtualizer.getTotalSize(),
    scrollToIndex: (index) => virtualizer.scrollToIndex(index),
    scrollToOffset: (offset) => virtualizer.scrollToOffset(offset),
  };
}

/**
 * Virtual rows for the DataTable: pass it as `virtualize={{ rows: virtualRows, height }}`. Only
 * the rows in view (and `overscan` more each side) are in the DOM; rows keep one line at a fixed
 * height, the header sticks, and `aria-rowcount`/`aria-rowindex` tell screen readers where they
 * are. A hook: the DataTable calls it on every render of a virtualised table.
 */
export const virtualRows: DataTableVirtualRowsHook = useVirtualRows;
