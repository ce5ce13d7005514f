import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A range of days from two months side by side or presets, behind a button showing the range.",
  sizeLimit: "50.5 kB",
} satisfies ComponentMeta;
