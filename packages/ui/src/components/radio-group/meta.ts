import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Picks exactly one option from a small set.",
  sizeLimit: "11.7 kB",
} satisfies ComponentMeta;
