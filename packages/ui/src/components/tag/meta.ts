import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A compact label for a chosen value, category or filter, optionally removable.",
  sizeLimit: "2 kB",
} satisfies ComponentMeta;
