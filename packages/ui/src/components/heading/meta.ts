import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A section heading: h1–h6 from level, the look from a named text style.",
  sizeLimit: "2.4 kB",
} satisfies ComponentMeta;
