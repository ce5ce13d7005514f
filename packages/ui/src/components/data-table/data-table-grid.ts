"use client";

import * as React from "react";

/*
 * Arrow-key navigation for `keyboardNavigation="grid"`: the WAI-ARIA grid pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/grid/) over the DataTable's rendered rows.
 *
 * - One tab stop (a roving tabindex): the last focused cell, or the first header cell.
 * - A cell is focused itself, unless it holds exactly one simple widget (a checkbox, a button,
 *   a link — e.g. a row checkbox or a row's actions button): then that widget takes the focus,
 *   as the pattern recommends, and Enter/Space operate it at once.
 * - A cell with other content (several widgets, a text field) is focused itself; Enter or F2
 *   moves focus to its first widget, Tab/Shift+Tab cycle through its widgets, Escape or F2
 *   return to the cell. Arrow keys belong to the widget meanwhile (a resize handle, a menu).
 * - Every other widget in the grid is taken out of the tab order (tabindex -1); the original
 *   value is restored when grid navigation is turned off.
 *
 * Rows are found by their `data-grid-line` key, so the position survives sorting and paging,
 * and a row that virtualisation has not rendered is scrolled in first (`scrollToLine`).
 */

export interface GridNavigationOptions {
  /** Grid navigation on; everything below is inert when off. */
  enabled: boolean;
  tableRef: React.RefObject<HTMLTableElement | null>;
  /** Every navigable row in order (header rows first), by the key on its `data-grid-line`. */
  lines: readonly string[];
  /** Renders the line at this index (scrolls a virtualised table to it). */
  scrollToLine?: (index: number) => void;
  /** Rows one PageUp/PageDown moves. */
  pageSize: () => number;
}

export interface GridNavigationHandlers {
  onKeyDownCapture: React.KeyboardEventHandler<HTMLTableElement>;
  onKeyDown: React.KeyboardEventHandler<HTMLTableElement>;
  onFocus: React.FocusEventHandler<HTMLTableElement>;
}

const focusableSelector =
  'a[href], button, input, select, textarea, [contenteditable="true"], [tabindex]';
/** Widgets that do not use arrow keys or typing: they take a cell's focus when alone in it. */
const simpleWidgetSelector =
  'a[href], button:not([aria-haspopup="listbox"]), [role="checkbox"], [role="switch"], input[type="checkbox"]';
/** The end of a row: clamped to the row's last cell when focused. */
const lastColumn = Number.MAX_SAFE_INTEGER;

function setTabIndex(element: HTMLElement, tabIndex: number) {
  if (element.tabIndex !== tabIndex || !element.hasAttribute("tabindex")) {
    element.tabIndex = tabIndex;
  }
}

interface Position {
  key: string;
  col: number;
  index: number;
}

export function useGridNavigation({
  enabled,
  tableRef,
  lines,
  scrollToLine,
  pageSize,
}: GridNavigationOptions): GridNavigationHandlers {
  const position = React.useRef<Position>({ key: lines[0] ?? "", col: 0, index: 0 });
  const pendingFocus = React.useRef(false);
  // Widgets taken out of the tab order, with the tabindex attribute they had (weakly held:
  // virtualised rows come and go).
  const suppressed = React.useRef(new WeakMap<HTMLElement, string | null>());
  const lineIndex = React.useMemo(() => new Map(lines.map((key, index) => [key, index])), [lines]);

  const widgetsOf = React.useCallback((cell: HTMLTableCellElement) => {
    return [...cell.querySelectorAll<HTMLElement>(focusableSelector)].filter(
      (element) =>
        !element.matches(':disabled, [aria-hidden="true"], input[type="hidden"]') &&
        (element.tabIndex >= 0 || suppressed.current.has(element)),
    );
  }, []);

  const targetOf = React.useCallback(
    (cell: HTMLTableCellElement, widgets = widgetsOf(cell)): HTMLElement =>
      widgets.length === 1 && widgets[0]!.matches(simpleWidgetSelector) ? widgets[0]! : cell,
    [widgetsOf],
  );

  const rowOf = React.useCallback(
    (key: string) => {
      const rows = tableRef.current?.rows ?? [];
      for (const row of rows) if (row.dataset.gridLine === key) return row;
      return undefined;
    },
    [tableRef],
  );

  /** The line index and cell of an element inside the grid, if it is in a grid cell. */
  const locate = React.useCallback(
    (element: EventTarget) => {
      const table = tableRef.current;
      if (!table || !(element instanceof Element) || !table.contains(element)) return undefined;
      const cell = element.closest<HTMLTableCellElement>("td, th");
      const row = cell?.parentElement as HTMLTableRowElement | null | undefined;
      const key = row?.dataset.gridLine;
      const index = key === undefined ? undefined : lineIndex.get(key);
      if (!cell || !row || key === undefined || index === undefined) return undefined;
      return { cell, row, key, index, col: cell.cellIndex };
    },
    [tableRef, lineIndex],
  );

  /** Puts the tab stop on the current cell's target and takes every other widget out. */
  const sync = React.useCallback(() => {
    const table = tableRef.current;
    if (!table) return;
    const current = position.current;
    const index = lineIndex.get(current.key);
    if (index === undefined) {
      // The row went away (filtered, another page): keep the place, not the row.
      const fallback = Math.min(current.index, lines.length - 1);
      position.current = { key: lines[fallback] ?? "", col: current.col, index: fallback };
    } else {
      current.index = index;
    }
    let activeRow = rowOf(position.current.key);
    // A virtualised row scrolled out of the DOM (or rows replaced by skeletons): the first
    // rendered row, else the header, keeps the tab stop.
    activeRow ??=
      [...table.rows].find((row) => row.dataset.gridLine?.startsWith("r:")) ??
      [...table.rows].find((row) => row.dataset.gridLine !== undefined);
    for (const row of table.rows) {
      if (row.dataset.gridLine === undefined) continue;
      const activeCol =
        row === activeRow ? Math.min(position.current.col, row.cells.length - 1) : -1;
      for (const cell of row.cells) {
        const widgets = widgetsOf(cell);
        for (const widget of widgets) {
          if (!suppressed.current.has(widget)) {
            suppressed.current.set(widget, widget.getAttribute("tabindex"));
          }
          setTabIndex(widget, -1);
        }
        const target = targetOf(cell, widgets);
        if (!suppressed.current.has(cell)) suppressed.current.set(cell, null);
        if (target !== cell) cell.removeAttribute("tabindex");
        setTabIndex(target, cell.cellIndex === activeCol ? 0 : -1);
      }
    }
  }, [tableRef, lineIndex, lines, rowOf, widgetsOf, targetOf]);

  const focusCurrent = React.useCallback(() => {
    const row = rowOf(position.current.key);
    if (!row) return false;
    const cell = row.cells[Math.min(position.current.col, row.cells.length - 1)];
    if (!cell) return false;
    sync();
    targetOf(cell).focus();
    return true;
  }, [rowOf, sync, targetOf]);

  const moveTo = React.useCallback(
    (index: number, col: number) => {
      const clamped = Math.max(0, Math.min(index, lines.length - 1));
      position.current = { key: lines[clamped] ?? "", col: Math.max(0, col), index: clamped };
      pendingFocus.current = false;
      // The first line (a sticky header) is always rendered: bring the rows' start into view too.
      if (clamped === 0) scrollToLine?.(0);
      if (focusCurrent()) return;
      // Not rendered (virtualised): scroll to it; the next render focuses it.
      pendingFocus.current = true;
      scrollToLine?.(clamped);
    },
    [lines, focusCurrent, scrollToLine],
  );

  React.useLayoutEffect(() => {
    if (!enabled) return;
    sync();
    if (pendingFocus.current && focusCurrent()) pendingFocus.current = false;
  });

  // Turning grid navigation off gives the widgets their tab stops back.
  React.useEffect(() => {
    const table = tableRef.current;
    if (enabled || !table) return;
    for (const element of table.querySelectorAll<HTMLElement>(`td, th, ${focusableSelector}`)) {
      if (!suppressed.current.has(element)) continue;
      const tabindex = suppressed.current.get(element) ?? null;
      if (tabindex === null) element.removeAttribute("tabindex");
      else element.setAttribute("tabindex", tabindex);
      suppressed.current.delete(element);
    }
  }, [enabled, tableRef]);

  const onFocus = React.useCallback<React.FocusEventHandler<HTMLTableElement>>(
    (event) => {
      if (!enabled) return;
      const found = locate(event.target);
      if (!found) return;
      const current = position.current;
      const sameCell =
        current.key === found.key &&
        Math.min(current.col, found.row.cells.length - 1) === found.col;
      position.current = {
        key: found.key,
        col: sameCell ? current.col : found.col,
        index: found.index,
      };
      sync();
    },
    [enabled, locate, sync],
  );

  // Navigation keys on a cell (or its single widget) are the grid's: handled while capturing,
  // before the widget sees them (a menu button would open on ArrowDown).
  const onKeyDownCapture = React.useCallback<React.KeyboardEventHandler<HTMLTableElement>>(
    (event) => {
      if (!enabled || event.altKey || event.metaKey) return;
      const found = locate(event.target);
      if (!found) return;
      const widgets = widgetsOf(found.cell);
      if (event.target !== targetOf(found.cell, widgets)) return;
      // While a virtualised row is being scrolled in, keys move on from it, not from the cell
      // that still has the focus (fast typing, key repeat).
      const { index, col } = pendingFocus.current ? position.current : found;
      // Up and down keep the column the user was in, across a shorter (detail) row.
      const column = position.current.key === found.key ? position.current.col : col;
      const last = lines.length - 1;
      const ctrl = event.ctrlKey;
      const rtl = getComputedStyle(found.row).direction === "rtl";
      const forward = rtl ? "ArrowLeft" : "ArrowRight";
      const backward = rtl ? "ArrowRight" : "ArrowLeft";
      let next: [number, number] | undefined;
      switch (event.key) {
        case "ArrowDown":
          next = [index + 1, column];
          break;
        case "ArrowUp":
          next = [index - 1, column];
          break;
        case forward:
          next = [index, Math.min(col + 1, found.row.cells.length - 1)];
          break;
        case backward:
          next = [index, col - 1];
          break;
        case "Home":
          next = ctrl ? [0, 0] : [index, 0];
          break;
        case "End":
          next = ctrl ? [last, lastColumn] : [index, found.row.cells.length - 1];
          break;
        case "PageDown":
          next = [index + pageSize(), column];
          break;
        case "PageUp":
          next = [index - pageSize(), column];
          break;
        case "Enter":
        case "F2":
          if (event.target === found.cell && widgets.length > 0) {
            event.preventDefault();
            event.stopPropagation();
            widgets[0]!.focus();
          }
          return;
        default:
          return;
      }
      event.preventDefault();
      event.stopPropagation();
      moveTo(next[0], next[1]);
    },
    [enabled, locate, widgetsOf, targetOf, lines, pageSize, moveTo],
  );

  // Inside a cell: Escape or F2 return to it, Tab cycles through its widgets. Bubbling, so a
  // widget that handles Escape itself (and prevents the default) keeps it.
  const onKeyDown = React.useCallback<React.KeyboardEventHandler<HTMLTableElement>>(
    (event) => {
      if (!enabled || event.defaultPrevented) return;
      const found = locate(event.target);
      if (!found) return;
      const widgets = widgetsOf(found.cell);
      const target = targetOf(found.cell, widgets);
      if (event.target === target) return;
      if (event.key === "Escape" || event.key === "F2") {
        event.preventDefault();
        target.focus();
      } else if (event.key === "Tab" && widgets.length > 0) {
        event.preventDefault();
        const current = widgets.findIndex((widget) => widget.contains(event.target as Node));
        const step = event.shiftKey ? -1 : 1;
        widgets[(current + step + widgets.length) % widgets.length]!.focus();
      }
    },
    [enabled, locate, widgetsOf, targetOf],
  );

  return { onKeyDownCapture, onKeyDown, onFocus };
}
