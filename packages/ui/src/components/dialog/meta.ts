import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A modal window for a focused task, such as a form, over the page.",
  sizeLimit: "15.3 kB",
} satisfies ComponentMeta;
