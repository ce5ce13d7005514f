import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A native fieldset with legend, description and error: names and disables a group of controls.",
  sizeLimit: "2 kB",
} satisfies ComponentMeta;
