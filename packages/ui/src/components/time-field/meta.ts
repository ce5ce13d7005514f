import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A time of day: the native time input styled like Input, submitting HH:mm.",
  sizeLimit: "1.65 kB",
} satisfies ComponentMeta;
