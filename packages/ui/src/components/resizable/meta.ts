import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Panels the user resizes by dragging or with the keyboard.",
  sizeLimit: "17.8 kB",
} satisfies ComponentMeta;
