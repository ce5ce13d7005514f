import type { ComponentMeta } from "../../component-meta";

export default {
  description: "One section that a trigger shows and hides.",
  sizeLimit: "5.6 kB",
} satisfies ComponentMeta;
