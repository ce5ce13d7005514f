import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A panel that slides in from an edge of the screen for a secondary task.",
  sizeLimit: "16 kB",
} satisfies ComponentMeta;
