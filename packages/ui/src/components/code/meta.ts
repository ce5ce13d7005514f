import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Inline code inside text: a file name, a command, a value.",
  sizeLimit: "0.84 kB",
} satisfies ComponentMeta;
