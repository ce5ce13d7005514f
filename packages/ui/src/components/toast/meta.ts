import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Short, temporary messages announced to screen readers, raised with toast().",
  sizeLimit: "14.5 kB",
} satisfies ComponentMeta;
