import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A searchable list of actions (command palette), in place or as a ⌘K dialog.",
  sizeLimit: "30 kB",
} satisfies ComponentMeta;
