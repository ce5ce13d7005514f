import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Triggers an action, or navigates when rendered as a link.",
  sizeLimit: "2.5 kB",
} satisfies ComponentMeta;
