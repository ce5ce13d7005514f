import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A date field: type the day in the locale's format or pick it from a calendar popover.",
  sizeLimit: "50.2 kB",
} satisfies ComponentMeta;
