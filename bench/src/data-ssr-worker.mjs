// Runs in a child process with NODE_ENV=production (like ssr-worker.mjs): imports each built
// data-table fixture, checks how many of the rows its server HTML holds, warms up, then times
// renderToString of a `count`-row table in rounds, every candidate per round in a rotating order.
// A sample is the mean of `reps` back-to-back renders (reps chosen so the fastest candidate's
// sample lasts about 100 ms), after a garbage collection.
import { performance } from "node:perf_hooks";
import * as React from "react";
import { renderToString } from "react-dom/server";

const { modules, runs, warmup, count } = JSON.parse(process.argv[2]);

const loaded = {};
const results = {};
for (const [key, file] of Object.entries(modules)) {
  try {
    const m = await import(file);
    const rows = m.makeRows(count);
    const element = () => React.createElement(m.Grid, { rows, layout: "all" });
    const html = renderToString(element());
    // A row is on the server page when its id is (ids are unique: "R-000001"…).
    const rendered = rows.filter((row) => html.includes(`>${row.id}<`)).length;
    results[key] = { samples: [], html: html.length, rendered };
    if (rendered > 0) loaded[key] = element;
  } catch (error) {
    results[key] = { error: String(error.message ?? error).split("\n")[0] };
  }
}

const keys = Object.keys(loaded);
for (let i = 0; i < warmup; i++) for (const key of keys) renderToString(loaded[key]());
let reps = 1;
if (keys.length) {
  const fastest = Math.min(
    ...keys.map((key) => {
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) renderToString(loaded[key]());
      return (performance.now() - t0) / 3;
    }),
  );
  reps = Math.min(50, Math.max(1, Math.ceil(100 / fastest)));
}
for (let round = 0; round < runs; round++) {
  const order = keys.map((_, i) => keys[(i + round) % keys.length]);
  for (const key of order) {
    // A 100-row table leaves garbage behind: collect it before each sample, so one candidate's
    // garbage is not collected in the next one's time (data.mjs runs this with --expose-gc).
    globalThis.gc?.();
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) renderToString(loaded[key]());
    results[key].samples.push((performance.now() - t0) / reps);
  }
}
process.stdout.write(JSON.stringify({ results, reps, react: React.version }));
