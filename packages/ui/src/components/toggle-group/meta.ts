import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A segmented control or toolbar of toggles: one choice or several, with arrow keys.",
  sizeLimit: "1 kB",
} satisfies ComponentMeta;
