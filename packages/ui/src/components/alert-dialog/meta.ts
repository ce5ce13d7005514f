import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A modal dialog that asks the user to confirm or cancel a destructive or important action.",
  sizeLimit: "15.5 kB",
} satisfies ComponentMeta;
