#!/usr/bin/env node
// Pre-publish checks of every published workspace package, on what `pnpm pack` would ship:
//   publint --strict                    package.json fields, exports, files
//   attw --pack --profile esm-only      types resolve for every JS entry point (CSS entry points,
//                                       which attw cannot resolve, are excluded)
//   size-limit                          where the package configures it
//   footprint                           what a product installs: no runtime dependencies where
//                                       none are needed; every engines.node in the runtime
//                                       dependency tree admits the oldest Node Next 14 supports
// Build the packages first. Usage: node scripts/release/check-packages.mjs [package name…]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";

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

/** Next 14 runs on Node ≥ 18.17; only this repository's toolchain needs Node 22+. */
const PRODUCT_NODE = "18.17.0";
/** Lint runs on the developer machine: typescript-eslint 8 (needed for TypeScript 6) brings
 * packages that need Node 20.19. Node 18 is past end of life; products on it still install the
 * runtime packages (ui, tokens, icons) without an engine warning. */
const NODE_FLOOR = { "@nexod/eslint-config": "20.19.0" };
/** Packages a product uses for their built files only: a dependency would be dead weight. */
const NO_RUNTIME_DEPENDENCIES = new Set(["@nexod/tokens", "@nexod/icons"]);

/** Problems with what installing `manifest` brings into a product. */
function footprintProblems(dir, manifest) {
  const node = NODE_FLOOR[manifest.name] ?? PRODUCT_NODE;
  const problems = [];
  const dependencies = Object.keys(manifest.dependencies ?? {});
  if (NO_RUNTIME_DEPENDENCIES.has(manifest.name) && dependencies.length > 0)
    problems.push(
      `declares runtime dependencies (${dependencies.join(", ")}); products need only its built files: make them optional peers or move them to a tool package`,
    );
  // Walk the installed runtime tree (pnpm: each package's dependencies sit beside it).
  const seen = new Set();
  const walk = (pkgDir, chain) => {
    const real = realpathSync(pkgDir);
    if (seen.has(real)) return;
    seen.add(real);
    const pkg = JSON.parse(readFileSync(path.join(real, "package.json"), "utf8"));
    const range = pkg.engines?.node;
    if (range && !semver.satisfies(node, range))
      problems.push(
        `${[...chain, `${pkg.name}@${pkg.version}`].join(" → ")} needs Node ${range}, not ${node}`,
      );
    const lookup = path.join(real, "..", pkg.name.startsWith("@") ? ".." : ".");
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      const candidates = [path.join(real, "node_modules", dep), path.join(lookup, dep)];
      const found = candidates.find((candidate) =>
        existsSync(path.join(candidate, "package.json")),
      );
      if (found) walk(found, [...chain, pkg.name]);
    }
  };
  walk(dir, []);
  return problems;
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

  const t0 = performance.now();
  const problems = footprintProblems(dir, manifest);
  const footprintMs = Math.round(performance.now() - t0);
  console.log(
    `check-packages: ${problems.length === 0 ? "ok  " : "FAIL"} ${manifest.name}: footprint (${footprintMs} ms)`,
  );
  if (problems.length > 0) {
    failures.push(`${manifest.name}: footprint`);
    for (const problem of problems) console.log(`    ${problem}`);
  }

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
