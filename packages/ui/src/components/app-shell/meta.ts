import type { ComponentMeta } from "../../component-meta";

export default {
  description: "The frame of an app: sidebar, top bar and the page, with a skip link.",
  sizeLimit: "6.1 kB",
} satisfies ComponentMeta;
