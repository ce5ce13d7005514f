import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A horizontal bar of menus (File, Edit, View…) with submenus, checkbox and radio items.",
  sizeLimit: "35.2 kB",
} satisfies ComponentMeta;
