import type { ComponentMeta } from "../../component-meta";

export default {
  description: "An indeterminate loading indicator with a screen-reader label.",
  sizeLimit: "0.95 kB",
} satisfies ComponentMeta;
