import type { ComponentMeta } from "../../component-meta";

export default {
  // One sentence on what the component is for (the README's component table shows it).
  description: "Say what the Stat is for.",
  // Budget for everything @nexod/ui/stat exports, gzipped: set it to the size
  // `pnpm check:packages` measures plus about 10%.
  sizeLimit: "1 kB",
} satisfies ComponentMeta;
