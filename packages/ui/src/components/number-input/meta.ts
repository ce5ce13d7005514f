import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A number field with steppers, min/max and locale formatting (currency, percent, units).",
  sizeLimit: "12.9 kB",
} satisfies ComponentMeta;
