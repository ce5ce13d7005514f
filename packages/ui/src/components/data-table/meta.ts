import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A client table of records on TanStack Table: sorting, filters, selection, paging, virtual rows, server mode.",
  sizeLimit: "82 kB",
} satisfies ComponentMeta;
