import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A button that stays pressed until pressed again, such as Bold in an editor.",
  sizeLimit: "3.9 kB",
} satisfies ComponentMeta;
