// Facts about this workspace: its projects and the blocks of pnpm-workspace.yaml the proof reuses.
import { globSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const workspaceYaml = readFileSync(path.join(repoRoot, "pnpm-workspace.yaml"), "utf8");

/** The `packages:` globs of pnpm-workspace.yaml. */
function workspaceGlobs() {
  const block = /^packages:\s*\n((?:[ \t]+-.*\n?)+)/m.exec(workspaceYaml);
  if (!block) return ["packages/*"];
  return block[1]
    .split("\n")
    .map((line) => /^\s*-\s*["']?([^"'#]+?)["']?\s*(?:#.*)?$/.exec(line)?.[1])
    .filter(Boolean);
}

/** `key: value` lines of a top-level block of pnpm-workspace.yaml (catalog:, allowBuilds:). */
export function yamlBlock(name) {
  const block = new RegExp(
    `^${name}:[ \\t]*\\n((?:(?:[ \\t]+.*)?\\n?)+?)(?=^\\S|(?![\\s\\S]))`,
    "m",
  ).exec(workspaceYaml);
  const entries = {};
  for (const line of block?.[1].split("\n") ?? []) {
    const match = /^\s+(?:"([^"]+)"|'([^']+)'|([^\s"'#][^:#]*?))\s*:\s*(.*?)\s*(?:#.*)?$/.exec(
      line,
    );
    if (match) entries[match[1] ?? match[2] ?? match[3]] = match[4].replace(/^["']|["']$/g, "");
  }
  return entries;
}

export function workspaceProjects() {
  const dirs = new Set();
  for (const pattern of workspaceGlobs()) {
    for (const file of globSync(`${pattern}/package.json`, { cwd: repoRoot })) {
      if (!file.includes("node_modules")) dirs.add(path.dirname(file));
    }
  }
  return [...dirs]
    .sort()
    .map((dir) => ({ dir, manifest: readJson(path.join(repoRoot, dir, "package.json")) }));
}
