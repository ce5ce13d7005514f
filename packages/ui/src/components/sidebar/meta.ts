import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "The app's navigation column: collapsible to icons, a sheet on small screens, state in a cookie.",
  sizeLimit: "33.2 kB",
} satisfies ComponentMeta;
