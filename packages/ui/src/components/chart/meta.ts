import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "Area, bar, line, pie and sparkline charts on Recharts 3 with palette colours, tooltip, legend and a data-table fallback.",
  sizeLimit: "3.2 kB",
  peerEntryOnly: "recharts",
} satisfies ComponentMeta;
