import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A two-state toggle for settings that take effect at once.",
  sizeLimit: "1.2 kB",
} satisfies ComponentMeta;
