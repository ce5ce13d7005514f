import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A short status or count label.",
  sizeLimit: "2.2 kB",
} satisfies ComponentMeta;
