// Runs in a child process with NODE_ENV=production. Imports the built fixtures, checks what
// they render, warms up, then times renderToString in rounds: every round renders every
// candidate, in a rotating order, so candidates share the machine's noise. A sample is the
// mean of `reps` back-to-back renders, with `reps` chosen so that the floor's sample lasts
// about 10 ms (single renders of ~1 ms are mostly timer and GC noise).
import { performance } from "node:perf_hooks";
import * as React from "react";
import { renderToString } from "react-dom/server";

const { modules, runs, warmup, buttons, fields } = JSON.parse(process.argv[2]);
const scenarios = {
  buttons: { build: (m) => m.buttons(buttons), expect: (html) => count(html, "<button") },
  form: { build: (m) => m.form(fields), expect: (html) => count(html, "<input") },
};
const count = (html, tag) => html.split(tag).length - 1;

const loaded = {};
const results = {};
for (const [key, file] of Object.entries(modules)) {
  try {
    loaded[key] = await import(file);
    results[key] = {};
    for (const [name, s] of Object.entries(scenarios)) {
      const html = renderToString(s.build(loaded[key]));
      results[key][name] = { samples: [], html: html.length, count: s.expect(html) };
    }
  } catch (error) {
    delete loaded[key];
    results[key] = { error: String(error.message ?? error).split("\n")[0] };
  }
}

const keys = Object.keys(loaded);
const reps = {};
for (const [name, s] of Object.entries(scenarios)) {
  for (let i = 0; i < warmup; i++) for (const key of keys) renderToString(s.build(loaded[key]));
  const probe = loaded.floor ?? loaded[keys[0]];
  const started = performance.now();
  for (let i = 0; i < 5; i++) renderToString(s.build(probe));
  const once = (performance.now() - started) / 5;
  reps[name] = Math.min(50, Math.max(1, Math.ceil(10 / once)));
  for (let round = 0; round < runs; round++) {
    const order = keys.map((_, i) => keys[(i + round) % keys.length]);
    for (const key of order) {
      const t0 = performance.now();
      for (let r = 0; r < reps[name]; r++) renderToString(s.build(loaded[key]));
      results[key][name].samples.push((performance.now() - t0) / reps[name]);
    }
  }
}

// Samples stay in round order (not rotation order) so that sample i of every candidate
// comes from the same round.
process.stdout.write(
  JSON.stringify({ results, reps, react: React.version, nodeEnv: process.env.NODE_ENV }),
);
