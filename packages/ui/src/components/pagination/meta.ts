import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "Links to the pages of a long list (server component), with a page-range helper and a controlled button variant.",
  sizeLimit: "4 kB",
} satisfies ComponentMeta;
