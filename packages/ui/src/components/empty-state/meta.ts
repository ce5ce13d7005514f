import type { ComponentMeta } from "../../component-meta";

export default {
  description: "What a place shows when it has no content: icon, title, description and actions.",
  sizeLimit: "2.5 kB",
} satisfies ComponentMeta;
