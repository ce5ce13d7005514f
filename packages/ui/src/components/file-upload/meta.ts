import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "A drop zone over a real file input, with per-file validation messages, progress and remove buttons.",
  sizeLimit: "7 kB",
} satisfies ComponentMeta;
