import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A searchable list of actions (command palette), in place or as a ⌘K dialog.",
  sizeLimit: "21 kB",
} satisfies ComponentMeta;
