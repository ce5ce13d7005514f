import type { ComponentMeta } from "../../component-meta";

export default {
  description: "One section that a trigger shows and hides.",
  sizeLimit: "3 kB",
} satisfies ComponentMeta;
