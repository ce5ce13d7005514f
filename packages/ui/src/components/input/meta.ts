import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A single-line text input.",
  group: "Forms",
  sizeLimit: "2.1 kB",
} satisfies ComponentMeta;
