// Size budgets, one per component folder: everything its entry point (@nexod/ui/<name>)
// exports, gzipped, against the `sizeLimit` in the folder's meta.ts.
import { readComponents } from "./scripts/components.mjs";

export default (await readComponents()).map(({ folder, name, meta }) => ({
  name,
  path: `dist/components/${folder}/index.js`,
  import: "*",
  limit: meta.sizeLimit,
  gzip: true,
}));
