import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A client table on TanStack Table: sorting, filters, column menus and pinning, selection, paging, virtual rows, server mode.",
  // Measured 47.9 kB gzip (Dec 2026, without TanStack Virtual, now in ./virtual) + ~10%.
  sizeLimit: "53 kB",
  // TanStack Table 9 declares Node 20+: an optional peer, so products without tables skip it.
  peerEntryOnly: "@tanstack/react-table",
  // Virtual rows are opt-in at the import: `@nexod/ui/data-table/virtual` (TanStack Virtual).
  // Measured 10.6 kB gzip (TanStack Virtual and the hook) + ~10%.
  entries: { virtual: { file: "virtual.ts", sizeLimit: "11.7 kB" } },
} satisfies ComponentMeta;
