import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "Picks a number or a range by dragging thumbs along a track, with marks and a value.",
  sizeLimit: "12.2 kB",
} satisfies ComponentMeta;
