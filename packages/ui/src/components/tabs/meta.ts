import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Sections of content shown one at a time.",
  sizeLimit: "10.4 kB",
} satisfies ComponentMeta;
