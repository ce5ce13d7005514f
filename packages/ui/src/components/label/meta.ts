import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Names a form control.",
  sizeLimit: "2.2 kB",
} satisfies ComponentMeta;
