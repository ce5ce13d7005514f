// The published packages of a workspace and the entry points their package.json exports.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export function publishedPackages(root) {
  const packagesDir = path.join(root, "packages");
  if (!existsSync(packagesDir)) return [];
  const result = [];
  for (const dirName of readdirSync(packagesDir).sort()) {
    const manifestPath = path.join(packagesDir, dirName, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (manifest.private) continue;
    result.push({
      name: manifest.name,
      dir: path.join(packagesDir, dirName),
      manifest,
      reportFile: `${manifest.name.replace(/^@[^/]+\//, "")}.api.md`,
    });
  }
  return result;
}

/** Every leaf of `exports` as { subpath, conditions: ["import", "types"], target }. */
export function exportLeaves(manifest) {
  const leaves = [];
  let exportsField = manifest.exports;
  if (exportsField === undefined) {
    // A command-line tool (only `bin`) has no importable API.
    if (!manifest.main && !manifest.types && !manifest.typings) return [];
    const types = manifest.types ?? manifest.typings;
    exportsField = {
      ".": types ? { types, default: manifest.main ?? "./index.js" } : manifest.main,
    };
  }
  if (typeof exportsField === "string" || Array.isArray(exportsField))
    exportsField = { ".": exportsField };
  else if (!Object.keys(exportsField).some((key) => key.startsWith(".")))
    exportsField = { ".": exportsField };

  const walk = (subpath, conditions, value) => {
    if (value === null) leaves.push({ subpath, conditions, target: "null" });
    else if (typeof value === "string") leaves.push({ subpath, conditions, target: value });
    else if (Array.isArray(value)) value.forEach((item) => walk(subpath, conditions, item));
    else for (const [key, item] of Object.entries(value)) walk(subpath, [...conditions, key], item);
  };
  for (const [subpath, value] of Object.entries(exportsField)) walk(subpath, [], value);
  return leaves;
}

export function isTypesLeaf(leaf) {
  return leaf.conditions.at(-1) === "types" || /\.d\.[cm]?ts$/.test(leaf.target);
}
