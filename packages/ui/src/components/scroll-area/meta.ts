import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A box with its own scrolling, thin scrollbars and keyboard access when it overflows.",
  sizeLimit: "8.9 kB",
} satisfies ComponentMeta;
