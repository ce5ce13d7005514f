import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A box that keeps a width-to-height ratio, for images, video and maps.",
  sizeLimit: "0.7 kB",
} satisfies ComponentMeta;
