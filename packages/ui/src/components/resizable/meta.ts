import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Panels the user resizes by dragging or with the keyboard.",
  sizeLimit: "20 kB",
} satisfies ComponentMeta;
