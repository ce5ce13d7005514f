import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "Placeholder shapes shown while content loads: blocks, circles, text, cards, tables.",
  sizeLimit: "1.46 kB",
} satisfies ComponentMeta;
