import type { ComponentMeta } from "../../component-meta";

export default {
  description: "The top of a page: breadcrumb, title, description and the page's main actions.",
  sizeLimit: "0.75 kB",
} satisfies ComponentMeta;
