import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Wires a label, description and error message to the form control inside it.",
  sizeLimit: "3.0 kB",
} satisfies ComponentMeta;
