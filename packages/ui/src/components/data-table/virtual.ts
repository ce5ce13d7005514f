// `@nexod/ui/data-table/virtual`: the DataTable's virtual rows (TanStack Virtual), in an entry
// point of their own so that a product whose tables do not virtualise does not bundle TanStack
// Virtual (~10.6 kB gzip): `<DataTable virtualize={{ rows: virtualRows, height: 480 }} />`.
// `virtualRows` comes from a "use client" module, so a Server Component may pass it too.
export { virtualRows } from "./data-table-virtual";
export type {
  DataTableVirtualize,
  DataTableVirtualRows,
  DataTableVirtualRowsHook,
  DataTableVirtualRowsOptions,
} from "./data-table";
