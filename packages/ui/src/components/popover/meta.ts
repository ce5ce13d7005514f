import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Rich, interactive content in a floating panel anchored to a trigger.",
  sizeLimit: "25.2 kB",
} satisfies ComponentMeta;
