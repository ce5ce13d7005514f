import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A preview card shown while the pointer rests on a link or it has keyboard focus.",
  sizeLimit: "19.6 kB",
} satisfies ComponentMeta;
