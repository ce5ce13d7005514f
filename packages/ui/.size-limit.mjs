// Size budgets, one per component folder: everything its entry point (@nexod/ui/<name>)
// exports, gzipped, against the `sizeLimit` in the folder's meta.ts (without the optional peer
// named by `peerEntryOnly`).
import { extraEntries, readComponents } from "./scripts/components.mjs";

export default (await readComponents()).flatMap(({ folder, name, meta }) => [
  {
    name,
    path: `dist/components/${folder}/index.js`,
    import: "*",
    limit: meta.sizeLimit,
    gzip: true,
    // An optional peer (recharts for the charts) is the product's: the budget is our wrapper.
    ...(meta.peerEntryOnly ? { ignore: [meta.peerEntryOnly] } : {}),
  },
  // A further entry point (meta.ts `entries`, e.g. @nexod/ui/data-table/virtual), on its own.
  ...extraEntries(folder, meta).map((entry) => ({
    name: `${name} (${entry.subpath})`,
    path: `${entry.dist}.js`,
    import: "*",
    limit: entry.sizeLimit,
    gzip: true,
    ...(meta.peerEntryOnly ? { ignore: [meta.peerEntryOnly] } : {}),
  })),
]);
