// Token files of one side of the diff (the working tree, or a git commit), flattened to
// path → { type, values per mode, files }.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { git } from "../api-report/git.mjs";

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/** Token files: `*.json` not starting with `$` (`$contrast.json` holds pairs, not tokens). */
const isTokenFile = (name) => name.endsWith(".json") && !name.startsWith("$");

/** `semantic.dark.json` → `dark`; a single-mode file (`primitives.json`) → `all`. */
export const modeOf = (fileName) => fileName.slice(0, -".json".length).split(".")[1] ?? "all";

/** Every token of one file: dotted path, `$type` (inherited from groups) and `$value`. */
export function flattenTree(tree) {
  const tokens = [];
  const visit = (node, at, inherited) => {
    const type = typeof node.$type === "string" ? node.$type : inherited;
    if ("$value" in node) {
      tokens.push({ path: at.join("."), type, value: node.$value });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith("$") && isObject(child)) visit(child, [...at, key], type);
    }
  };
  if (isObject(tree)) visit(tree, [], undefined);
  return tokens;
}

/** file name → JSON text, for each token file of a folder in the working tree. */
export function filesInWorkTree(dir) {
  if (!existsSync(dir)) return new Map();
  const names = readdirSync(dir).filter(isTokenFile).sort();
  return new Map(names.map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));
}

/** file name → JSON text, for each token file of `relDir` at commit `rev` (none: empty). */
export function filesAtCommit(root, rev, relDir) {
  const listing = git(root, ["ls-tree", "--name-only", `${rev}:${relDir}`]);
  if (!listing.ok) return new Map();
  const names = listing.stdout.split("\n").filter(isTokenFile).sort();
  return new Map(
    names.map((name) => {
      const shown = git(root, ["show", `${rev}:${relDir}/${name}`]);
      if (!shown.ok) throw new Error(`cannot read ${relDir}/${name} at ${rev}: ${shown.stderr}`);
      return [name, shown.stdout];
    }),
  );
}

/** path → { type, values: { mode → $value }, files: [file names] } over all files. */
export function tokenIndex(files, where) {
  const index = new Map();
  for (const [name, text] of files) {
    let tree;
    try {
      tree = JSON.parse(text);
    } catch (error) {
      throw new Error(`${where}/${name} is not valid JSON (${error.message}); fix the file.`);
    }
    for (const token of flattenTree(tree)) {
      const entry = index.get(token.path) ?? { type: token.type, values: {}, files: [] };
      entry.values[modeOf(name)] = token.value;
      entry.files.push(name);
      index.set(token.path, entry);
    }
  }
  return index;
}
