import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A one-time code in a row of boxes: one input, paste fills every box, onComplete.",
  sizeLimit: "1 kB",
} satisfies ComponentMeta;
