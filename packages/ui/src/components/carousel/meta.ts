import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Slides shown one or a few at a time, with buttons, dots and the arrow keys.",
  sizeLimit: "12.7 kB",
} satisfies ComponentMeta;
