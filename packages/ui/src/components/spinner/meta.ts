import type { ComponentMeta } from "../../component-meta";

export default {
  description: "An indeterminate loading indicator with a screen-reader label.",
  sizeLimit: "1 kB",
} satisfies ComponentMeta;
