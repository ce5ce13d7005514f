import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A keyboard key or key combination (⌘ K) in shortcuts and help text.",
  sizeLimit: "1.25 kB",
} satisfies ComponentMeta;
