// Which props the docs table (Storybook autodocs) and the component manifest list. Shared so the
// two never disagree.
import type { PropItem } from "react-docgen-typescript";

const NODE_MODULES = /node_modules/;
// Radix props are part of each part's API (open, onOpenChange, defaultValue, onValueChange…);
// React's ~250 DOM attributes and cva's `class` are not worth a row each.
const RADIX = /node_modules[\\/](?:\.pnpm[\\/])?@radix-ui[+\\/]/;

function declaredIn(prop: PropItem): string[] {
  const files = (prop.declarations ?? []).map((declaration) => declaration.fileName);
  if (prop.parent) files.push(prop.parent.fileName);
  return files;
}

export function isDocumentedProp(prop: PropItem): boolean {
  const files = declaredIn(prop);
  // cva variants come through VariantProps with no declaration file: keep them.
  if (files.length === 0) return true;
  return files.some((file) => !NODE_MODULES.test(file) || RADIX.test(file));
}
