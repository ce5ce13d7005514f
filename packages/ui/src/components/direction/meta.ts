import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "Sets the reading direction (left to right or right to left) for the components inside.",
  sizeLimit: "0.38 kB",
} satisfies ComponentMeta;
