import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Turns an option on or off, with an indeterminate state for partial selections.",
  sizeLimit: "1.3 kB",
} satisfies ComponentMeta;
