import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "The steps of a multi-step form: complete, current, upcoming or in error, optionally clickable.",
  sizeLimit: "3.1 kB",
} satisfies ComponentMeta;
