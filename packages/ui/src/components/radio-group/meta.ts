import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Picks exactly one option from a small set.",
  sizeLimit: "1.9 kB",
} satisfies ComponentMeta;
