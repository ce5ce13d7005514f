#!/usr/bin/env node
// `pnpm --filter @nexod/bench bench:data`: the @nexod/ui DataTable side by side, in one run, with
// a shadcn-style data-table recipe (TanStack Table + the shadcn-style Table, in
// fixtures/shadcn/data-table), MUI X DataGrid (MIT) and AG Grid Community, over the same rows
// and columns (fixtures/data):
//   1. gzip JS (esbuild, React external), and the CSS each needs;
//   2. server render of a 100-row table (renderToString, production, child process);
//   3. client render of 1,000 rows in Chromium (mount → rows committed → next frame, LoAF);
//   4. sort of 10,000 rows (click → the committed DOM shows the new first row);
//   5. scroll of 100,000 rows (DOM rows and frame times while scrolling).
// And the gzip JS of one area chart through @nexod/ui/chart against Recharts used directly.
// Prints a report and writes the "## Data tables" and "## Charts" sections of RESULTS.md (the
// rest of the file is left as it is). Figures are for reading, never a pass/fail. Needs the
// built @nexod/ui (`pnpm --filter @nexod/ui build`).
//
// Flags: --runs=N          measured browser rounds per scenario (default 10)
//        --warmup=N        browser warm-up rounds (default 3)
//        --ssr-runs=N      server-render rounds (default 21)
//        --ssr-warmup=N    server-render warm-up renders per candidate (default 10)
//        --skip-ssr, --skip-browser
//        --only=a,b        browser scenarios of these candidates only (nexod, shadcn, mui, ag-grid)
//        --scenarios=a,b   these browser scenarios only (mount, sort, scroll), e.g. while
//                          profiling one; use with --no-write
//        --no-write        print only; leave RESULTS.md alone
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import * as esbuild from "esbuild";
import { bundle } from "./src/bundle.mjs";
import { shadcnCss } from "./src/css.mjs";
import { q } from "./src/candidates.mjs";
import { CHART_CANDIDATES, DATA_CANDIDATES, nodePaths } from "./src/data-candidates.mjs";
import { measureBrowser } from "./src/data-browser.mjs";
import { dataReport, spliceResults } from "./src/data-report.mjs";
import { common } from "./src/esbuild.mjs";
import {
  attempt,
  benchDir,
  cacheDir,
  errorText,
  fixturesDir,
  median,
  repoRoot,
  sizes,
} from "./src/util.mjs";

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    runs: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    "ssr-runs": { type: "string", default: "21" },
    "ssr-warmup": { type: "string", default: "10" },
    "skip-ssr": { type: "boolean", default: false },
    "skip-browser": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    only: { type: "string" },
    scenarios: { type: "string" },
  },
});
const started = performance.now();
const log = (msg) =>
  process.stderr.write(
    `[bench:data ${((performance.now() - started) / 1000).toFixed(0)}s] ${msg}\n`,
  );

if (!existsSync(path.join(repoRoot, "packages/ui/dist/components/data-table/index.js"))) {
  process.stderr.write("bench:data needs the built @nexod/ui: pnpm --filter @nexod/ui build\n");
  process.exit(1);
}
const outDir = path.join(cacheDir, "data");
mkdirSync(outDir, { recursive: true });
const run = promisify(execFile);

// ---------------------------------------------------------------------------------------------
// 1. JS and CSS
log("bundles");
const shadcnExtra = [
  ...["badge", "command", "data-table", "icons", "separator", "table"].map((f) =>
    path.join(fixturesDir, `shadcn/data-table/${f}.tsx`),
  ),
  path.join(fixturesDir, "data/shadcn.tsx"),
];
const css = {
  nexod: sizes(readFileSync(path.join(repoRoot, "packages/ui/dist/styles.css"))),
  shadcn: await shadcnCss(shadcnExtra),
};
const grids = {};
for (const c of DATA_CANDIDATES) {
  grids[c.key] = await attempt(() => bundle(`export { Grid } from ${q(c.file)};`, { nodePaths }));
}
// Where the DataTable's bytes go: the same table with virtual rows (`@nexod/ui/data-table/virtual`,
// what a product that virtualises pays), and AG Grid with every community module (its quick
// start) instead of the ones the features need.
const nexodVirtualFile = DATA_CANDIDATES.find((c) => c.key === "nexod").virtualFile;
const extras = {
  nexodVirtual: await attempt(() =>
    bundle(`export { Grid } from ${q(nexodVirtualFile)};`, { nodePaths }),
  ),
  agGridAll: await attempt(() =>
    bundle(
      `import { ModuleRegistry, AllCommunityModule } from "ag-grid-community"; ModuleRegistry.registerModules([AllCommunityModule]); export { AgGridReact } from "ag-grid-react";`,
      { nodePaths },
    ),
  ),
};
const charts = {};
for (const c of CHART_CANDIDATES) {
  charts[c.key] = await attempt(() => bundle(`export { Chart } from ${q(c.file)};`, { nodePaths }));
}

// ---------------------------------------------------------------------------------------------
// 2. Server render of 100 rows
let ssr = null;
if (!opts["skip-ssr"]) {
  log("server render");
  ssr = await attempt(async () => {
    const modules = {};
    const errors = {};
    for (const c of DATA_CANDIDATES) {
      const outfile = path.join(outDir, `ssr-${c.key}.mjs`);
      try {
        await esbuild.build({
          ...common,
          minify: false,
          nodePaths,
          stdin: {
            contents: `export { Grid } from ${q(c.file)}; export { makeRows } from ${q(path.join(fixturesDir, "data/rows.ts"))};`,
            resolveDir: benchDir,
            loader: "js",
          },
          platform: "node",
          // CommonJS dependencies (use-sync-external-store, MUI) require React: give the ESM
          // output a `require` that resolves from bench/node_modules.
          banner: {
            js: 'import { createRequire as __benchCreateRequire } from "node:module"; const require = __benchCreateRequire(import.meta.url);',
          },
          outfile,
        });
        modules[c.key] = outfile;
      } catch (error) {
        errors[c.key] = errorText(error);
      }
    }
    const config = {
      modules,
      runs: Number(opts["ssr-runs"]),
      warmup: Number(opts["ssr-warmup"]),
      count: 100,
    };
    const { stdout } = await run(
      process.execPath,
      ["--expose-gc", path.join(benchDir, "src/data-ssr-worker.mjs"), JSON.stringify(config)],
      {
        cwd: benchDir,
        env: { ...process.env, NODE_ENV: "production" },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const raw = JSON.parse(stdout);
    const result = {};
    const base = raw.results.shadcn?.samples?.length ? median(raw.results.shadcn.samples) : NaN;
    for (const c of DATA_CANDIDATES) {
      const r = raw.results[c.key];
      if (errors[c.key] || !r || r.error) {
        result[c.key] = { error: errors[c.key] ?? r?.error ?? "not run" };
        continue;
      }
      // Ratio of medians to the shadcn-style recipe. (Per-round ratios, as ssr.mjs uses, did not
      // cancel the noise here: a sample of a 100-row table lasts tens of ms, the load swings
      // at that scale, and the per-round median disagreed with the medians it came from.)
      result[c.key] = {
        median: median(r.samples),
        ratio: median(r.samples) / base,
        html: r.html,
        rendered: r.rendered,
      };
    }
    return { result, reps: raw.reps, react: raw.react, ...config };
  });
}

// ---------------------------------------------------------------------------------------------
// 3–5. Chromium
let browser = null;
if (!opts["skip-browser"]) {
  browser = await attempt(() =>
    measureBrowser({
      candidates: DATA_CANDIDATES,
      css: {
        nexod: readFileSync(path.join(repoRoot, "packages/ui/dist/styles.css")),
        shadcn: css.shadcn.code,
      },
      runs: Number(opts.runs),
      warmup: Number(opts.warmup),
      only: opts.only?.split(","),
      scenarios: opts.scenarios?.split(","),
      outDir,
      log,
    }),
  );
}

const markdown = dataReport({
  date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  load: os.loadavg(),
  cpus: os.cpus(),
  elapsed: performance.now() - started,
  flags: process.argv.slice(2).filter((arg) => arg !== "--"),
  candidates: DATA_CANDIDATES,
  grids,
  css,
  extras,
  ssr,
  browser,
  charts,
  chartCandidates: CHART_CANDIDATES,
});
process.stdout.write(`${markdown}\n`);
if (!opts["no-write"]) {
  const file = path.join(benchDir, "RESULTS.md");
  writeFileSync(file, spliceResults(readFileSync(file, "utf8"), markdown));
  log("wrote the Data tables and Charts sections of bench/RESULTS.md");
}
