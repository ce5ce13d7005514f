import type { ComponentMeta } from "../../component-meta";

export default {
  description: "The browser's own select, styled like an Input: for long simple lists and phones.",
  sizeLimit: "1.4 kB",
} satisfies ComponentMeta;
