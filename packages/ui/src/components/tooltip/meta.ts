import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A short label shown on hover or focus of its trigger.",
  sizeLimit: "21.3 kB",
} satisfies ComponentMeta;
