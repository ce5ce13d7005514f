import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A key number in a card: label, value, change with direction and meaning, optional sparkline.",
  sizeLimit: "1.8 kB",
} satisfies ComponentMeta;
