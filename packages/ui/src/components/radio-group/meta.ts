import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Picks exactly one option from a small set.",
  group: "Forms",
  sizeLimit: "11.7 kB",
} satisfies ComponentMeta;
