import type { ComponentMeta } from "../../component-meta";

export default {
  description: "A password field with a show/hide toggle, for sign-in and new-password forms.",
  sizeLimit: "4.4 kB",
} satisfies ComponentMeta;
