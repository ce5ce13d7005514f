import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A surface that groups related content, with header, content and footer parts.",
  sizeLimit: "0.63 kB",
} satisfies ComponentMeta;
