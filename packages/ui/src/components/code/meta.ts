import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Inline code inside text: a file name, a command, a value.",
  sizeLimit: "1 kB",
} satisfies ComponentMeta;
