import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A two-state toggle for settings that take effect at once.",
  group: "Forms",
  sizeLimit: "5.6 kB",
} satisfies ComponentMeta;
