import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A button that stays pressed until pressed again, such as Bold in an editor.",
  sizeLimit: "1 kB",
} satisfies ComponentMeta;
