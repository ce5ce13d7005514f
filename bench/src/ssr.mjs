// Server render: each candidate's fixture (fixtures/ssr/<key>.tsx) is built for Node with
// esbuild, then one child `node` process with NODE_ENV=production (React picks its production
// build when imported) renders them all, interleaved, and reports the timings.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import * as esbuild from "esbuild";
import { common } from "./esbuild.mjs";
import { benchDir, cacheDir, errorText, fixturesDir, median } from "./util.mjs";

const run = promisify(execFile);

async function buildFixture(key) {
  const outfile = path.join(cacheDir, "ssr", `${key}.mjs`);
  await esbuild.build({
    ...common,
    minify: false,
    entryPoints: [path.join(fixturesDir, "ssr", `${key}.tsx`)],
    platform: "node",
    outfile,
  });
  return outfile;
}

/**
 * @param keys candidate keys, the floor first
 * @returns per key: { buttons: {median, ratio, html, count}, form: {…} } or { error }
 */
export async function measureSsr(keys, { runs, warmup, buttons = 1000, fields = 200 }) {
  const modules = {};
  const errors = {};
  for (const key of keys) {
    try {
      modules[key] = await buildFixture(key);
    } catch (error) {
      errors[key] = errorText(error);
    }
  }
  const config = JSON.stringify({ modules, runs, warmup, buttons, fields });
  const { stdout } = await run(
    process.execPath,
    [path.join(benchDir, "src/ssr-worker.mjs"), config],
    {
      cwd: benchDir,
      env: { ...process.env, NODE_ENV: "production" },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const raw = JSON.parse(stdout);
  const result = {};
  for (const key of keys) {
    if (errors[key] || raw.results[key]?.error) {
      result[key] = { error: errors[key] ?? raw.results[key].error };
      continue;
    }
    result[key] = {};
    for (const scenario of ["buttons", "form"]) {
      const { samples, html, count } = raw.results[key][scenario];
      const floor = raw.results.floor?.[scenario]?.samples;
      // Ratio to the floor: median of the per-round ratios (both rendered in the same round),
      // which cancels most of the drift of a shared machine.
      const paired = floor ? samples.map((t, i) => t / floor[i]) : [];
      result[key][scenario] = {
        median: median(samples),
        ratio: floor ? median(paired) : NaN,
        html,
        count,
      };
    }
  }
  return {
    result,
    reps: raw.reps,
    expected: { buttons, fields },
    react: raw.react,
    nodeEnv: raw.nodeEnv,
    runs,
    warmup,
  };
}
