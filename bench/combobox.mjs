#!/usr/bin/env node
// `pnpm --filter @nexod/bench bench:combobox`: Combobox with 10,000 options in Chromium. Opens
// the list and types one filter character, N times each, and prints the median time from the
// input event (pointerdown / keydown, caught in the capture phase) to the DOM React committed
// (a MutationObserver sees the rows), and to the next frame; plus the number of option rows in
// the DOM. Production React and the built @nexod/ui (run `pnpm --filter @nexod/ui build` first).
// Figures are for reading, never a pass/fail.
//
// Flags: --runs=N  measured rounds (default 15; 3 warm-up rounds first)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { benchDir, cacheDir, median, repoRoot } from "./src/util.mjs";

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: { runs: { type: "string", default: "15" } },
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

/** Opens and filters a Combobox of `count` options `warmup + runs` times in a fresh page. */
async function measure(count) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.goto(`${pathToFileURL(path.join(outDir, "index.html")).href}?count=${count}`);
  const input = page.getByRole("combobox", { name: "Item" });
  await input.waitFor();

  /**
   * Arms a measurement in the page: t0 at the next `eventType` (capture phase, before any
   * handler), t1 when `condition` first holds after a DOM mutation, t2 at the frame after t1.
   */
  const arm = (eventType, condition) =>
    page.evaluate(
      ({ eventType, condition }) => {
        const done = (window.__measure = {});
        const holds = new Function(`return (${condition})`);
        window.addEventListener(eventType, () => (done.t0 = performance.now()), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          if (done.t0 === undefined || !holds()) return;
          observer.disconnect();
          done.t1 = performance.now();
          done.rows = document.querySelectorAll('[role="option"]').length;
          done.nodes = document.querySelector('[role="listbox"]').querySelectorAll("*").length;
          requestAnimationFrame(() => setTimeout(() => (done.t2 = performance.now()), 0));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      },
      { eventType, condition },
    );
  const result = async () => {
    await page.waitForFunction(() => window.__measure?.t2 !== undefined);
    return page.evaluate(() => window.__measure);
  };

  const open = [];
  const type = [];
  for (let round = 0; round < warmup + runs; round += 1) {
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
        !document.querySelector('[role="listbox"]') && document.querySelector("input").value === "",
    );
  }
  await page.close();
  return { open, type };
}

const counts = [10_000, 20];
const results = [];
for (const count of counts) results.push({ count, ...(await measure(count)) });
const version = browser.version();
await browser.close();

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const row = (name, samples) =>
  `| ${name} | ${fmt(median(samples.map((s) => s.t1 - s.t0)))} | ${fmt(median(samples.map((s) => s.t2 - s.t0)))} | ${samples[0].rows} | ${samples[0].nodes} |`;
process.stdout.write(
  [
    `Combobox in Chromium ${version}: median of ${runs} runs (${warmup} warm-up). 20 options are the baseline.`,
    "",
    "| options · interaction | to DOM commit | to next frame | option rows in the DOM | elements in the listbox |",
    "| --- | --- | --- | --- | --- |",
    ...results.flatMap(({ count, open, type }) => [
      row(`${count.toLocaleString("en")} · open (pointerdown → rows)`, open),
      row(`${count.toLocaleString("en")} · type "7" (keydown → filtered rows)`, type),
    ]),
    "",
  ].join("\n") + "\n",
);
