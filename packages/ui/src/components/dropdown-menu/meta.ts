import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A menu of actions or options opened from a button, with submenus, checkbox and radio items.",
  sizeLimit: "31.8 kB",
} satisfies ComponentMeta;
