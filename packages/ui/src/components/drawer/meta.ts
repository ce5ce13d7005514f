import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A panel that rises from the bottom of the screen and is dragged down to dismiss.",
  sizeLimit: "23.8 kB",
} satisfies ComponentMeta;
