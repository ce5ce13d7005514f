import type { ComponentMeta } from "../../component-meta";

export default {
  description: "An Input with icons, text addons or buttons inside one border and one focus ring.",
  sizeLimit: "4 kB",
} satisfies ComponentMeta;
