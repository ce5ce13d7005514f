import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "The app's navigation column: collapsible to icons, a sheet on small screens, state in a cookie.",
  sizeLimit: "30 kB",
} satisfies ComponentMeta;
