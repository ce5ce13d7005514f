import type { ComponentMeta } from "../../component-meta";

export default {
  description: "Panels the user resizes by dragging or with the keyboard.",
  sizeLimit: "17.8 kB",
  // react-resizable-panels 4 reads React 19's Activity: Next 14's webpack (React 18) rejects the
  // import, so the root barrel must not reach it and products opt in.
  peerEntryOnly: "react-resizable-panels",
} satisfies ComponentMeta;
