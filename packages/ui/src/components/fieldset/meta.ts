import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A native fieldset with legend, description and error: names and disables a group of controls.",
  sizeLimit: "1.3 kB",
} satisfies ComponentMeta;
