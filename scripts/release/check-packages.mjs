#!/usr/bin/env node
// Pre-publish checks of every published workspace package, on what `pnpm pack` would ship:
//   publint --strict                    package.json fields, exports, files
//   attw --pack --profile esm-only      types resolve for every JS entry point (CSS entry points,
//                                       which attw cannot resolve, are excluded)
//   size-limit                          where the package configures it
// Build the packages first. Usage: node scripts/release/check-packages.mjs [package name…]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const only = new Set(process.argv.slice(2));

const packages = readdirSync(path.join(repoRoot, "packages"))
  .sort()
  .map((name) => path.join(repoRoot, "packages", name))
  .filter((dir) => existsSync(path.join(dir, "package.json")))
  .map((dir) => ({
    dir,
    manifest: JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")),
  }))
  .filter(({ manifest }) => !manifest.private && (only.size === 0 || only.has(manifest.name)));

/** A tool's bin script, from the package itself, any workspace package, or the root. */
function toolBin(packageName, binName, fromDir) {
  const bases = [fromDir, repoRoot, ...packages.map((p) => p.dir)];
  for (const base of bases) {
    // Read the manifest from node_modules directly: some packages do not export package.json.
    const manifestPath = path.join(base, "node_modules", packageName, "package.json");
    if (!existsSync(manifestPath)) continue;
    const { bin } = JSON.parse(readFileSync(manifestPath, "utf8"));
    const relative = typeof bin === "string" ? bin : bin?.[binName];
    if (relative) return path.join(path.dirname(manifestPath), relative);
  }
  throw new Error(`${packageName} is not installed in the workspace: run pnpm install`);
}

/** Subpaths of `exports` whose targets are all stylesheets (attw cannot resolve them). */
function stylesheetEntryPoints(manifest) {
  if (!manifest.exports || typeof manifest.exports !== "object") return [];
  const targets = (value) =>
    typeof value === "string"
      ? [value]
      : value && typeof value === "object"
        ? Object.values(value).flatMap(targets)
        : [];
  return Object.entries(manifest.exports)
    .filter(([subpath]) => subpath.startsWith("."))
    .filter(([, value]) => {
      const all = targets(value);
      return all.length > 0 && all.every((target) => /\.(css|scss|less)$/.test(target));
    })
    .map(([subpath]) => subpath);
}

function hasTypes(manifest) {
  return (
    /"types"|\.d\.[cm]?ts"/.test(JSON.stringify(manifest.exports ?? {})) ||
    Boolean(manifest.types || manifest.typings)
  );
}

function hasSizeLimit(dir, manifest) {
  return (
    Boolean(manifest["size-limit"]) ||
    [
      ".size-limit.json",
      ".size-limit.js",
      ".size-limit.cjs",
      ".size-limit.mjs",
      ".size-limit.ts",
    ].some((file) => existsSync(path.join(dir, file)))
  );
}

const failures = [];
const started = performance.now();
for (const { dir, manifest } of packages) {
  const steps = [["publint", [toolBin("publint", "publint", dir), "--strict"]]];
  if (hasTypes(manifest)) {
    const excluded = stylesheetEntryPoints(manifest);
    steps.push([
      "attw",
      [
        toolBin("@arethetypeswrong/cli", "attw", dir),
        "--pack",
        ".",
        "--profile",
        "esm-only",
        "--format",
        "table-flipped",
        ...(excluded.length ? ["--exclude-entrypoints", ...excluded] : []),
      ],
    ]);
  }
  if (hasSizeLimit(dir, manifest))
    steps.push(["size-limit", [toolBin("size-limit", "size-limit", dir)]]);

  for (const [name, args] of steps) {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, FORCE_COLOR: "0" },
    });
    const ms = Math.round(performance.now() - t0);
    const ok = result.status === 0;
    console.log(`check-packages: ${ok ? "ok  " : "FAIL"} ${manifest.name}: ${name} (${ms} ms)`);
    if (!ok) {
      failures.push(`${manifest.name}: ${name}`);
      console.log(`${result.stdout}${result.stderr}`.trimEnd().replace(/^/gm, "    "));
    }
  }
}

const total = ((performance.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(
    `check-packages: ${failures.length} check(s) failed in ${total} s: ${failures.join(", ")}`,
  );
  process.exit(1);
}
console.log(`check-packages: ${packages.length} package(s) ready to publish (${total} s)`);
