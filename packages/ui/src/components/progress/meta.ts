import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A linear or circular progress indicator, determinate or indeterminate.",
  sizeLimit: "1.65 kB",
} satisfies ComponentMeta;
