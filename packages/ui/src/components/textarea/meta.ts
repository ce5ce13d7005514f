import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A multi-line text input.",
  sizeLimit: "2.2 kB",
} satisfies ComponentMeta;
