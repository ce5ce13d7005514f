import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A site's top navigation: links and triggers that open flyouts of links.",
  sizeLimit: "14.7 kB",
} satisfies ComponentMeta;
