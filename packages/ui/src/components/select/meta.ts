import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Picks one option from a list in a dropdown.",
  sizeLimit: "33.6 kB",
} satisfies ComponentMeta;
