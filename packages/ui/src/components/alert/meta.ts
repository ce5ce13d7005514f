import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A message about the page or task, inline or as a banner, optionally dismissible.",
  sizeLimit: "2.1 kB",
} satisfies ComponentMeta;
