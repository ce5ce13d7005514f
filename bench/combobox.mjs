#!/usr/bin/env node
// `pnpm --filter @nexod/bench bench:combobox`: Combobox with 10,000 options in Chromium. Opens
// the list and types one filter character, N times each, and prints medians of:
// - latency: from the input event (pointerdown / keydown, caught in the capture phase) to the
//   DOM React committed (a MutationObserver sees the rows), and to the next frame (which
//   includes waiting for vsync: not work);
// - frame work: the main thread's busy time from the input event to that next frame, in a
//   second pass under a Chromium trace (the `toplevel` tasks: event handling, React, effects,
//   style, layout, paint; idle time between them does not count), as wall time and as the
//   thread's CPU time (steadier on a loaded machine). This is what the 16.7 ms frame budget is
//   about;
// - long animation frames (Long Animation Frames API, frames over 50 ms) during the interaction;
// plus the number of option rows in the DOM. Production React and the built @nexod/ui (run
// `pnpm --filter @nexod/ui build` first). Figures are for reading, never a pass/fail.
//
// Flags: --runs=N      measured rounds (default 15; 3 warm-up rounds first)
//        --trace=DIR   also write the Chromium traces (open them in DevTools' Performance panel)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { benchDir, cacheDir, median, repoRoot } from "./src/util.mjs";

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: { runs: { type: "string", default: "15" }, trace: { type: "string" } },
});
const runs = Number(opts.runs);
const warmup = 3;

// playwright-core is the repository's browser driver (root devDependency, @nexod/testing).
const { chromium } = createRequire(path.join(repoRoot, "package.json"))("playwright-core");
// The flags of @nexod/testing/chromium: Chromium's background connections are refused here.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const outDir = path.join(cacheDir, "combobox");
mkdirSync(outDir, { recursive: true });
await esbuild.build({
  absWorkingDir: benchDir,
  entryPoints: [path.join(benchDir, "fixtures/combobox/page.tsx")],
  outfile: path.join(outDir, "page.js"),
  bundle: true,
  minify: true,
  // A classic script: Chromium refuses module scripts from file: URLs.
  format: "iife",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "silent",
});
const css = readFileSync(path.join(repoRoot, "packages/ui/dist/styles.css"), "utf8");
writeFileSync(path.join(outDir, "styles.css"), css);
writeFileSync(
  path.join(outDir, "index.html"),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="styles.css"></head>` +
    `<body><div id="root"></div><script src="page.js"></script></body></html>`,
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  headless: true,
  args: chromiumArgs,
});

/** The trace categories of the frame-work pass: tasks, performance marks, thread names. */
const traceCategories = ["toplevel", "blink.user_timing", "__metadata"];

/**
 * Opens and filters a Combobox of `count` options `warmup + runs` times in a fresh page. With
 * `traced`, the measured rounds run under a Chromium trace and each interaction reports the
 * main thread's busy time (`work`, `cpu`) instead of latencies.
 */
async function measure(count, traced = false) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.goto(`${pathToFileURL(path.join(outDir, "index.html")).href}?count=${count}`);
  const input = page.getByRole("combobox", { name: "Item" });
  await input.waitFor();
  // Long animation frames (over 50 ms, Chromium's fixed threshold), from page load on.
  await page.evaluate(() => {
    window.__longFrames = [];
    new PerformanceObserver((list) => window.__longFrames.push(...list.getEntries())).observe({
      type: "long-animation-frame",
      buffered: true,
    });
  });

  /**
   * Arms a measurement in the page: t0 at the next `eventType` (capture phase, before any
   * handler), t1 when `condition` first holds after a DOM mutation, t2 at the frame after t1.
   * The marks `<id>-start` (t0) and `<id>-end` (t2) delimit the interaction in a trace.
   */
  let interactions = 0;
  const arm = (eventType, condition) =>
    page.evaluate(
      ({ eventType, condition, id }) => {
        const done = (window.__measure = { id });
        const holds = new Function(`return (${condition})`);
        window.addEventListener(
          eventType,
          () => {
            done.t0 = performance.now();
            performance.mark(`${id}-start`);
          },
          { capture: true, once: true },
        );
        const observer = new MutationObserver(() => {
          if (done.t0 === undefined || !holds()) return;
          observer.disconnect();
          done.t1 = performance.now();
          done.rows = document.querySelectorAll('[role="option"]').length;
          done.nodes = document.querySelector('[role="listbox"]').querySelectorAll("*").length;
          requestAnimationFrame(() =>
            setTimeout(() => {
              done.t2 = performance.now();
              performance.mark(`${id}-end`);
              // Frames that overlap the interaction and took over 50 ms.
              done.longFrames = window.__longFrames
                .filter((f) => f.startTime < done.t2 && f.startTime + f.duration > done.t0)
                .map((f) => f.duration);
            }, 0),
          );
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      },
      { eventType, condition, id: `nx-${(interactions += 1)}` },
    );
  const result = async () => {
    await page.waitForFunction(() => window.__measure?.t2 !== undefined);
    return page.evaluate(() => window.__measure);
  };

  const open = [];
  const type = [];
  for (let round = 0; round < warmup + runs; round += 1) {
    if (traced && round === warmup)
      await browser.startTracing(page, { categories: traceCategories });
    await arm("pointerdown", `document.querySelectorAll('[role="option"]').length > 0`);
    await input.click();
    const opened = await result();
    // Typing "7" keeps the labels with a 7 (3,439 of 10,000): the first row changes.
    const first = await page.evaluate(() => document.querySelector('[role="option"]').textContent);
    await arm(
      "keydown",
      `(document.querySelector('[role="option"]')?.textContent ?? "") !== ${JSON.stringify(first)}`,
    );
    await page.keyboard.press("7");
    const typed = await result();
    if (round >= warmup) {
      open.push(opened);
      type.push(typed);
    }
    // Escape closes the list; Escape again on the closed combobox clears the text.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.waitForFunction(
      () =>
        !document.querySelector('[role="option"]') && document.querySelector("input").value === "",
    );
  }
  if (traced) {
    const trace = await browser.stopTracing();
    if (opts.trace) {
      mkdirSync(opts.trace, { recursive: true });
      writeFileSync(path.join(opts.trace, `combobox-${count}.json`), trace);
    }
    const work = frameWork(JSON.parse(trace.toString()).traceEvents);
    for (const sample of [...open, ...type]) Object.assign(sample, work.get(sample.id));
  }
  await page.close();
  return { open, type };
}

/**
 * The main thread's busy time of each interaction in a trace: the outermost tasks of the
 * renderer's main thread (the thread of the marks) that overlap `<id>-start`…`<id>-end`, summed
 * as wall time (`work`) and as thread CPU time (`cpu`), in ms. Time between tasks (waiting for
 * vsync, idle) does not count.
 */
function frameWork(events) {
  const marks = new Map();
  let mainThread;
  for (const event of events) {
    if (event.cat !== "blink.user_timing" || !/^nx-\d+-(start|end)$/.test(event.name)) continue;
    marks.set(event.name, event.ts);
    mainThread ??= `${event.pid}:${event.tid}`;
  }
  const tasks = events
    .filter(
      (event) =>
        event.ph === "X" &&
        event.name === "ThreadControllerImpl::RunTask" &&
        `${event.pid}:${event.tid}` === mainThread,
    )
    .sort((a, b) => a.ts - b.ts);
  // Nested run loops report tasks inside tasks: keep the outermost.
  const outermost = [];
  for (const task of tasks) {
    const last = outermost.at(-1);
    if (!last || task.ts >= last.ts + last.dur) outermost.push(task);
  }
  const work = new Map();
  for (const [name, start] of marks) {
    if (!name.endsWith("-start")) continue;
    const id = name.slice(0, -"-start".length);
    const end = marks.get(`${id}-end`);
    const busy = outermost.filter((task) => task.ts < end && task.ts + task.dur > start);
    work.set(id, {
      work: busy.reduce((sum, task) => sum + task.dur, 0) / 1000,
      cpu: busy.reduce((sum, task) => sum + (task.tdur ?? 0), 0) / 1000,
    });
  }
  return work;
}

const counts = [10_000, 20];
const results = [];
for (const count of counts) {
  const latency = await measure(count);
  const traced = await measure(count, true);
  results.push({ count, ...latency, traced });
}
const version = browser.version();
await browser.close();

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const budget = 1000 / 60;
const row = (name, samples, traced) => {
  const long = samples.filter((s) => s.longFrames.length > 0).length;
  const work = median(traced.map((s) => s.work));
  return `| ${name} | ${fmt(median(samples.map((s) => s.t1 - s.t0)))} | ${fmt(median(samples.map((s) => s.t2 - s.t0)))} | ${fmt(work)}${work > budget ? " (over)" : ""} | ${fmt(median(traced.map((s) => s.cpu)))} | ${long} of ${samples.length} | ${samples[0].rows} | ${samples[0].nodes} |`;
};
const load = (await import("node:os")).loadavg()[0].toFixed(1);
process.stdout.write(
  [
    `Combobox in Chromium ${version}: median of ${runs} runs (${warmup} warm-up), load average ${load}. 20 options are the baseline; the frame budget is ${budget.toFixed(1)} ms.`,
    "",
    "| options · interaction | to DOM commit | to next frame | frame work (main thread) | frame work (CPU) | long frames (> 50 ms) | option rows in the DOM | elements in the listbox |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...results.flatMap(({ count, open, type, traced }) => [
      row(`${count.toLocaleString("en")} · open (pointerdown → rows)`, open, traced.open),
      row(`${count.toLocaleString("en")} · type "7" (keydown → filtered rows)`, type, traced.type),
    ]),
    "",
  ].join("\n") + "\n",
);
