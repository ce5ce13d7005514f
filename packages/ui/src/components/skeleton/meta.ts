import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A placeholder shape shown while content loads.",
  sizeLimit: "0.48 kB",
} satisfies ComponentMeta;
