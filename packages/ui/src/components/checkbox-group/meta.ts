import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "Checkboxes answering one question: a string[] value, select all, one name for the form.",
  sizeLimit: "9 kB",
} satisfies ComponentMeta;
