import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A region in its own colour mode; overlays opened inside it follow it.",
  sizeLimit: "1.9 kB",
} satisfies ComponentMeta;
