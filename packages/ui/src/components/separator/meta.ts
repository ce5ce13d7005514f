import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A thin line between groups of content.",
  sizeLimit: "0.9 kB",
} satisfies ComponentMeta;
