import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A one-time code in a row of boxes: one input, paste fills every box, onComplete.",
  name: "OTPInput",
  sizeLimit: "5.8 kB",
} satisfies ComponentMeta;
