#!/usr/bin/env node
// `pnpm bench`: builds @nexod/ui, measures bundles, CSS, server render and build times for
// @nexod/ui and its alternatives in one run, prints a markdown report and writes RESULTS.md.
// Figures are for reading, never a pass/fail: the exit code is 0 whatever they are.
//
// Flags: --skip-build      no build timings (the ui package is still built once first)
//        --skip-ssr        no server-render timings
//        --no-ui-build     measure the ui package's dist as it is
//        --runs=N          timed server-render rounds (default 15)
//        --warmup=N        warm-up renders per candidate (default 20)
//        --build-runs=N    cold/cached turbo and tokens builds (default 3)
//        --no-write        print only; leave RESULTS.md alone
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { measureBuilds, timed } from "./src/build.mjs";
import { measureBundles, measureTreeShaking } from "./src/bundle.mjs";
import { candidates as listCandidates } from "./src/candidates.mjs";
import { measureCss } from "./src/css.mjs";
import { environment } from "./src/env.mjs";
import { report } from "./src/report.mjs";
import { measureSsr } from "./src/ssr.mjs";
import { benchDir, errorText, mergeSections, sectionsNotIn } from "./src/util.mjs";

// `pnpm bench -- --flag` passes the "--" through; ignore it.
const flags = process.argv.slice(2).filter((arg) => arg !== "--");
const { values: opts } = parseArgs({
  args: flags,
  options: {
    "skip-build": { type: "boolean", default: false },
    "skip-ssr": { type: "boolean", default: false },
    "no-ui-build": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    runs: { type: "string", default: "15" },
    warmup: { type: "string", default: "20" },
    "build-runs": { type: "string", default: "3" },
  },
});
const started = performance.now();
const log = (msg) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${msg}\n`);

const env = environment();
let builds = null;
if (!opts["skip-build"]) {
  // The cold turbo build also builds @nexod/ui (and its dependencies) for the measurements.
  builds = await measureBuilds({ runs: Number(opts["build-runs"]), log });
} else if (!opts["no-ui-build"]) {
  log("pnpm --filter @nexod/ui build");
  const res = await timed("pnpm", ["--filter", "@nexod/ui", "build"]);
  if (!res.ok) log(`ui build failed, measuring the existing dist:\n${res.output.slice(-2000)}`);
}

log("bundles");
const candidates = await listCandidates();
const bundles = await measureBundles(candidates);
const treeShaking = await measureTreeShaking(candidates);
log("css");
const css = await measureCss();
let ssr = null;
if (!opts["skip-ssr"]) {
  log("server render");
  const keys = ["floor", ...candidates.map((c) => c.key).filter((k) => k !== "floor")];
  ssr = await measureSsr(keys, { runs: Number(opts.runs), warmup: Number(opts.warmup) }).catch(
    (error) => ({ error: errorText(error) }),
  );
}

const elapsed = performance.now() - started;
const { markdown } = report({
  env,
  flags,
  candidates,
  bundles,
  treeShaking,
  css,
  ssr,
  builds,
  elapsed,
});
process.stdout.write(`${markdown}\n`);
if (!opts["no-write"]) {
  // Sections other scripts write (bench:combobox, bench:data) stay as they are.
  const file = path.join(benchDir, "RESULTS.md");
  const old = existsSync(file) ? readFileSync(file, "utf8") : "";
  writeFileSync(file, mergeSections(`${markdown}\n`, sectionsNotIn(old, markdown)));
  log("wrote bench/RESULTS.md");
}
