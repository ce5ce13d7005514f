import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A compact label for a chosen value, category or filter, optionally removable.",
  sizeLimit: "1.7 kB",
} satisfies ComponentMeta;
