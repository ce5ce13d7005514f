import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Label and value pairs of one record, side by side or stacked.",
  sizeLimit: "1 kB",
} satisfies ComponentMeta;
