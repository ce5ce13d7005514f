import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "Radio and checkbox cards: options with a title, description and icon, picked as a whole card.",
  sizeLimit: "2.5 kB",
} satisfies ComponentMeta;
