import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A client table on TanStack Table: sorting, filters, column menus and pinning, selection, paging, virtual rows, server mode.",
  // Measured 57.5 kB gzip (Dec 2026, with the column menu and grid navigation) + ~10%.
  sizeLimit: "64 kB",
  // TanStack Table 9 declares Node 20+: an optional peer, so products without tables skip it.
  peerEntryOnly: "@tanstack/react-table",
  // Virtual rows are opt-in at the import: `@nexod/ui/data-table/virtual` (TanStack Virtual).
  entries: { virtual: { file: "virtual.ts", sizeLimit: "12 kB" } },
} satisfies ComponentMeta;
