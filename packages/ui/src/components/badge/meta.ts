import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A short status or count label.",
  group: "Data display",
  sizeLimit: "2.2 kB",
} satisfies ComponentMeta;
