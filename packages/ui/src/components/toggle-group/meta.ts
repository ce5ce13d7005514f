import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A segmented control or toolbar of toggles: one choice or several, with arrow keys.",
  sizeLimit: "10 kB",
} satisfies ComponentMeta;
