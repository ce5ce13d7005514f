import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A client table of records on TanStack Table: sorting, filters, selection, paging, virtual rows, server mode.",
  sizeLimit: "82 kB",
  // TanStack Table 9 declares Node 20+: an optional peer, so products without tables skip it.
  peerEntryOnly: "@tanstack/react-table",
} satisfies ComponentMeta;
