import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A menu of actions opened at the pointer with a right click, a long press or Shift+F10.",
  sizeLimit: "34.8 kB",
} satisfies ComponentMeta;
