import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Content for screen readers only: read aloud, not shown.",
  sizeLimit: "1.9 kB",
} satisfies ComponentMeta;
