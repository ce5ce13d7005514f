import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Turns an option on or off, with an indeterminate state for partial selections.",
  sizeLimit: "6.7 kB",
} satisfies ComponentMeta;
