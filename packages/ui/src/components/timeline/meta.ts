import type { ComponentMeta } from "../../component-meta";

export default {
  description: "An activity feed: events in order with a marker, a time and details.",
  sizeLimit: "1.4 kB",
} satisfies ComponentMeta;
