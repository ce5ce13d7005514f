import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A month grid to pick a day, several days or a range, with the WAI-ARIA date-grid keyboard.",
  sizeLimit: "23.3 kB",
} satisfies ComponentMeta;
