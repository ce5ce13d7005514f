import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A table of records with sticky header, dividers, density, numeric alignment and a scroll container.",
  sizeLimit: "1.5 kB",
} satisfies ComponentMeta;
