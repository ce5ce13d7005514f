import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A searchable input with a list of options: one or many (chips), grouped, async, creatable, virtualised.",
  sizeLimit: "28 kB",
} satisfies ComponentMeta;
