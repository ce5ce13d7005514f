import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A stack of headers that each show or hide a section below them.",
  sizeLimit: "10.7 kB",
} satisfies ComponentMeta;
