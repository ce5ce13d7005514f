// Bundles the blocks' source into the CLI (dist/blocks/), so `nexod add` works offline and
// always adds blocks that match the @nexod/ui release it was published with.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readBlocks } from "@nexod/blocks/registry";

const blocksRoot = path.join(
  path.dirname(fileURLToPath(import.meta.resolve("@nexod/blocks/registry"))),
  "..",
);
const out = path.join(import.meta.dirname, "../dist/blocks");
const ui = JSON.parse(
  readFileSync(path.join(blocksRoot, "node_modules/@nexod/ui/package.json"), "utf8"),
);

// Packages every Next.js product has; @nexod ones are installed by `nexod init` at the tag asked.
const provided = new Set(["react", "react-dom", "next"]);

/** The range a product installs: @nexod/ui's peer range, else ^ the version this repo tests. */
function rangeOf(name) {
  if (name.startsWith("@nexod/")) return "*";
  if (ui.peerDependencies[name]) return ui.peerDependencies[name];
  const version = JSON.parse(
    readFileSync(path.join(blocksRoot, "node_modules", name, "package.json"), "utf8"),
  ).version;
  return `^${version}`;
}

/**
 * The optional peer a `@nexod/ui/<entry>` needs (`peerEntryOnly` in the component's meta.ts,
 * e.g. data-table → @tanstack/react-table): a copied block must install it, or its types and
 * imports are missing in the product.
 */
function peerOf(entry) {
  const meta = path.join(blocksRoot, "node_modules/@nexod/ui/src/components", entry, "meta.ts");
  if (!existsSync(meta)) return undefined;
  return /peerEntryOnly:\s*"([^"]+)"/.exec(readFileSync(meta, "utf8"))?.[1];
}

/**
 * What a block's `@nexod/ui/<entry>` imports ask of a product, read in one pass: the entries with
 * their own stylesheet (peer-entry components: chart, data-table…) and the optional peers they
 * need installed.
 */
function uiEntriesOf(block) {
  const entries = new Set();
  for (const { specifier } of block.imports) {
    const entry = /^@nexod\/ui\/([\w-]+)$/.exec(specifier)?.[1];
    if (entry) entries.add(entry);
  }
  const stylesheets = [...entries].filter((entry) => ui.exports[`./${entry}.css`]).sort();
  const peers = [...entries].map(peerOf).filter(Boolean);
  return { stylesheets, peers };
}

rmSync(out, { recursive: true, force: true });
const registry = readBlocks(path.join(blocksRoot, "src")).map((block) => {
  mkdirSync(path.join(out, block.name), { recursive: true });
  for (const file of block.files)
    cpSync(path.join(blocksRoot, "src", block.name, file), path.join(out, block.name, file));
  const { stylesheets, peers } = uiEntriesOf(block);
  return {
    name: block.name,
    title: block.title,
    description: block.description,
    files: block.files,
    stylesheets,
    packages: Object.fromEntries(
      [...new Set([...block.packages, ...peers])]
        .filter((name) => !provided.has(name))
        .sort()
        .map((name) => [name, rangeOf(name)]),
    ),
  };
});
writeFileSync(path.join(out, "registry.json"), `${JSON.stringify(registry, null, 2)}\n`);
process.stdout.write(`nexod: bundled ${registry.length} blocks into dist/blocks\n`);
