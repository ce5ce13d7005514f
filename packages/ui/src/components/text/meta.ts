import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Body text in a named text style, with size, weight, muted colour and truncation.",
  sizeLimit: "1.15 kB",
} satisfies ComponentMeta;
