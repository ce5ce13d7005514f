import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A text link, or a router's link with asChild; external links say they open a new tab.",
  sizeLimit: "2.8 kB",
} satisfies ComponentMeta;
