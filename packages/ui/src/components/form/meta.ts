import type { ComponentMeta } from "../../component-meta";

export default {
  description:
    "Binds every control to react-hook-form (and zod): a field in one line with label, error, aria-invalid and focus on the first invalid field.",
  sizeLimit: "3.6 kB",
  peerEntryOnly: "react-hook-form",
} satisfies ComponentMeta;
