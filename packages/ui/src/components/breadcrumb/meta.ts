import type { ComponentMeta } from "../../component-meta";

export default {
  description: "The path from home to the current page; long trails collapse behind an ellipsis.",
  sizeLimit: "3.4 kB",
} satisfies ComponentMeta;
