import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A person's picture with initials or an icon as fallback, a presence dot, and overlapping groups.",
  sizeLimit: "5.1 kB",
} satisfies ComponentMeta;
