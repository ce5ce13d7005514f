// The data-table candidates of `bench:data` (data.mjs) and the charts: fixture files, the DOM
// each grid renders (for the browser measurements), and the esbuild options their bundles share.
import path from "node:path";
import { fixturesDir, repoRoot } from "./util.mjs";

/**
 * cmdk, @radix-ui/react-separator (the shadcn-style Command and Separator) and recharts are
 * not bench dependencies; esbuild falls back to @nexod/ui's installed dependencies for them
 * (the same copies @nexod/ui's own build resolves).
 */
export const nodePaths = [path.join(repoRoot, "packages/ui/node_modules")];

/**
 * `file`: the Grid a product would ship (the JS measure bundles it); `virtualFile`: the Grid the
 * browser opens for the `virtual` layout, when that needs another import (the DataTable's
 * virtual rows are their own entry point); `rowSelector`: a rendered data row; `firstRow`: the row at the top of the sorted order;
 * `scroller`: the element that scrolls the rows vertically (virtualised grids); `virtualises`:
 * renders only the rows in view whatever the layout;
 * `header(name)`: what a click on the column header targets.
 */
export const DATA_CANDIDATES = [
  {
    key: "nexod",
    name: "@nexod/ui DataTable",
    file: path.join(fixturesDir, "data/nexod.tsx"),
    virtualFile: path.join(fixturesDir, "data/nexod-virtual.tsx"),
    css: "nexod",
    rowSelector: "tbody tr:not([aria-hidden])",
    firstRow: "tbody tr:not([aria-hidden])",
    scroller: ".nx-data-table-container",
    header: (name) => `th button.nx-data-table-sort >> text="${name}"`,
  },
  {
    key: "shadcn",
    name: "shadcn-style recipe (TanStack + Table)",
    file: path.join(fixturesDir, "data/shadcn.tsx"),
    css: "shadcn",
    rowSelector: "tbody tr",
    firstRow: "tbody tr",
    scroller: null,
    // The Tasks recipe's header is a menu button (Asc / Desc / Hide): the click that sorts is
    // the one on the menu item.
    header: (name) => `th button >> text="${name}"`,
    menu: true,
  },
  {
    key: "mui",
    name: "MUI X DataGrid (MIT)",
    file: path.join(fixturesDir, "data/mui.tsx"),
    css: null,
    virtualises: true,
    ssrNone:
      "renders only its empty sized box on the server; the grid and its rows mount on the client",
    rowSelector: ".MuiDataGrid-row",
    firstRow: '.MuiDataGrid-row[data-rowindex="0"]',
    scroller: ".MuiDataGrid-virtualScroller",
    header: (name) =>
      `.MuiDataGrid-columnHeader[data-field="${name.toLowerCase()}"] .MuiDataGrid-columnHeaderTitleContainer`,
  },
  {
    key: "ag-grid",
    name: "AG Grid Community",
    file: path.join(fixturesDir, "data/ag-grid.tsx"),
    css: null,
    virtualises: true,
    ssrNone:
      "renders an empty grid shell on the server; AG Grid creates its rows on the client only",
    rowSelector: ".ag-grid-viewport .ag-row",
    firstRow: '.ag-grid-viewport .ag-row[row-index="0"]',
    scroller: ".ag-grid-viewport",
    header: (name) => `.ag-header-cell[col-id="${name.toLowerCase()}"] .ag-header-cell-label`,
  },
];

/** One area chart (two series, grid, axes, tooltip, legend) three ways. */
export const CHART_CANDIDATES = [
  {
    key: "recharts",
    name: "Recharts directly (`AreaChart` + parts)",
    file: path.join(fixturesDir, "chart/recharts.tsx"),
  },
  {
    key: "nexod-preset",
    name: "`@nexod/ui/chart` preset (`ChartArea`)",
    file: path.join(fixturesDir, "chart/nexod-preset.tsx"),
  },
  {
    key: "nexod-parts",
    name: "`@nexod/ui/chart` parts (`ChartContainer` + Recharts + tooltip/legend content)",
    file: path.join(fixturesDir, "chart/nexod-parts.tsx"),
  },
];
