import type { ComponentMeta } from "../../component-meta";

export default {
  description: "An Input with icons, text addons or buttons inside one border and one focus ring.",
  sizeLimit: "3.5 kB",
} satisfies ComponentMeta;
