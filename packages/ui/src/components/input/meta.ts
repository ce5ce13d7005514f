import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A single-line text input.",
  sizeLimit: "2.1 kB",
} satisfies ComponentMeta;
