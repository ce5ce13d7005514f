// The Chromium part of `bench:data`: each candidate's Grid (fixtures/data/<key>.tsx) bundled with
// the page harness (fixtures/data/page.tsx) as a production IIFE, with the CSS it needs, served
// from file: URLs, driven by playwright-core with Debian's chromium (the flags of
// @nexod/testing). Every loop is bounded; the browser is closed at the end, also on errors.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { q } from "./candidates.mjs";
import { nodePaths } from "./data-candidates.mjs";
import { benchDir, errorText, fixturesDir, repoRoot } from "./util.mjs";

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

/** Scroll passes: frames per pass and pixels scrolled per frame (a fast flick, ~12,000 px/s). */
const SCROLL = { frames: 60, step: 200 };
/** Columns the sort benchmark clicks: a text column and a number column. */
export const SORT_COLUMNS = ["Name", "Amount"];

/** The page of a candidate for a layout: its own one for `virtual` when it has a `virtualFile`. */
const pageName = (c, layout) =>
  layout === "virtual" && c.virtualFile ? `${c.key}-virtual` : c.key;

async function buildPages(candidates, css, outDir) {
  const pages = candidates.flatMap((c) => [
    { c, name: c.key, file: c.file },
    ...(c.virtualFile ? [{ c, name: `${c.key}-virtual`, file: c.virtualFile }] : []),
  ]);
  for (const { c, name, file } of pages) {
    await esbuild.build({
      absWorkingDir: benchDir,
      stdin: {
        contents: `import { Grid } from ${q(file)}; import { harness } from ${q(path.join(fixturesDir, "data/page.tsx"))}; harness(Grid);`,
        resolveDir: benchDir,
        loader: "js",
      },
      outfile: path.join(outDir, `page-${name}.js`),
      bundle: true,
      minify: true,
      // A classic script: Chromium refuses module scripts from file: URLs.
      format: "iife",
      jsx: "automatic",
      define: { "process.env.NODE_ENV": '"production"' },
      nodePaths,
      logLevel: "silent",
    });
    const link = c.css ? `<link rel="stylesheet" href="${c.key}.css">` : "";
    if (c.css) writeFileSync(path.join(outDir, `${c.key}.css`), css[c.css]);
    writeFileSync(
      path.join(outDir, `${name}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${link}</head>` +
        `<body style="margin:0"><div id="root" style="padding:16px"></div><script src="page-${name}.js"></script></body></html>`,
    );
  }
}

/** Until the number of `rowSelector` rows is non-zero and unchanged for 300 ms; returns it. */
function settle(page, rowSelector) {
  return page.evaluate(async (rowSelector) => {
    const started = performance.now();
    let last = -1;
    let since = started;
    while (performance.now() - started < 120_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const n = document.querySelectorAll(rowSelector).length;
      if (n !== last) {
        last = n;
        since = performance.now();
      } else if (n > 0 && performance.now() - since > 300) return n;
    }
    return last;
  }, rowSelector);
}

/**
 * Arms one measurement in the page. t0: `mount` (just before React's render) or the next
 * `click` (capture phase, before any handler); t1: the first DOM mutation after which the
 * condition holds (`rows`: at least `target` rows; `first`: the first row's text is no longer
 * `before`); t2: after the next frame (rAF, then a task).
 */
function arm(page, spec) {
  return page.evaluate((spec) => {
    const done = (window.__measure = {});
    const holds = () => {
      if (spec.kind === "rows") {
        const n = document.querySelectorAll(spec.rowSelector).length;
        return n >= spec.target ? n : false;
      }
      const first = document.querySelector(spec.firstRow);
      return first && first.textContent !== spec.before
        ? document.querySelectorAll(spec.rowSelector).length
        : false;
    };
    const observer = new MutationObserver(() => {
      if (done.t0 === undefined || done.t1 !== undefined) return;
      const rows = holds();
      if (rows === false) return;
      observer.disconnect();
      done.t1 = performance.now();
      done.rows = rows;
      requestAnimationFrame(() => setTimeout(() => (done.t2 = performance.now()), 0));
    });
    observer.observe(document.getElementById("root"), {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    if (spec.event === "mount") done.t0 = window.__bench.mount();
    else
      window.addEventListener(spec.event, () => (done.t0 ??= performance.now()), {
        capture: true,
        once: true,
      });
  }, spec);
}

/** Waits for the armed measurement; adds the longest Long Animation Frame overlapping it. */
async function result(page) {
  await page.waitForFunction(() => window.__measure?.t2 !== undefined, null, { timeout: 120_000 });
  return page.evaluate(async () => {
    // LoAF entries arrive after their frame.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const m = window.__measure;
    const overlapping = window.__loaf.filter(
      (e) => e.startTime < m.t2 && e.startTime + e.duration > m.t0,
    );
    return {
      commit: m.t1 - m.t0,
      frame: m.t2 - m.t0,
      rows: m.rows,
      loaf: overlapping.length ? Math.max(...overlapping.map((e) => e.duration)) : 0,
    };
  });
}

async function openPage(browser, outDir, c, rows, layout) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(120_000);
  const errors = [];
  page.on("pageerror", (error) => errors.push(errorText(error)));
  await page.goto(
    `${pathToFileURL(path.join(outDir, `${pageName(c, layout)}.html`)).href}?rows=${rows}&layout=${layout}`,
  );
  await page.waitForFunction(() => window.__bench !== undefined);
  return { page, errors };
}

/**
 * Mounts `rows` rows `warmup + runs` times per scenario (unmounting in between), the scenarios
 * interleaved: one page per scenario, every round mounts in each (rotating order), so a change
 * of the machine's load during the run falls on every candidate alike.
 */
async function measureMounts(browser, outDir, scenarios, rows, { runs, warmup }, log) {
  const open = [];
  for (const s of scenarios) {
    const o = { ...s, samples: [] };
    open.push(o);
    try {
      log(`mount ${rows.toLocaleString("en")} rows: open ${s.c.key} (${s.layout})`);
      Object.assign(o, await openPage(browser, outDir, s.c, rows, s.layout));
      // Virtualising grids render the rows in view: how many is read from a first mount.
      o.target = rows;
      if (s.layout === "virtual" || s.c.virtualises) {
        await o.page.evaluate(() => window.__bench.mount());
        o.target = await settle(o.page, s.c.rowSelector);
        await o.page.evaluate(() => window.__bench.unmount());
      }
    } catch (error) {
      o.error = errorText(error);
    }
  }
  log(`mount ${rows.toLocaleString("en")} rows: ${warmup + runs} interleaved rounds`);
  for (let round = 0; round < warmup + runs; round++) {
    for (let i = 0; i < open.length; i++) {
      const o = open[(i + round) % open.length];
      if (o.error) continue;
      try {
        await o.page.bringToFront();
        await arm(o.page, {
          event: "mount",
          kind: "rows",
          rowSelector: o.c.rowSelector,
          target: o.target,
        });
        const r = await result(o.page);
        if (round >= warmup) o.samples.push(r);
        await o.page.evaluate(() => window.__bench.unmount());
        await o.page.waitForTimeout(50);
        if (o.errors.length) throw new Error(o.errors[0]);
      } catch (error) {
        o.error = errorText(error);
      }
    }
  }
  for (const o of open) await o.page?.close();
  return open.map((o) => ({
    key: o.c.key,
    layout: o.layout,
    ...(o.error ? { error: o.error } : { samples: o.samples, target: o.target }),
  }));
}

/** Sorts `rows` rows by each of SORT_COLUMNS, `warmup + runs` clicks per column. */
async function measureSort(browser, outDir, c, layout, rows, { runs, warmup }) {
  const { page, errors } = await openPage(browser, outDir, c, rows, layout);
  try {
    await page.evaluate(() => window.__bench.mount());
    const domRows = await settle(page, c.rowSelector);
    const out = {};
    for (const column of SORT_COLUMNS) {
      const samples = [];
      for (let round = 0; round < warmup + runs; round++) {
        const before = await page.evaluate(
          (selector) => document.querySelector(selector)?.textContent ?? "",
          c.firstRow,
        );
        const spec = { event: "click", kind: "first", firstRow: c.firstRow, before };
        spec.rowSelector = c.rowSelector;
        if (c.menu) {
          // The recipe's header opens a menu; the timed click is the one on Asc / Desc.
          await page.locator(c.header(column)).click();
          const item = page.getByRole("menuitem", { name: round % 2 ? "Desc" : "Asc" });
          await item.waitFor();
          await arm(page, spec);
          await item.click();
        } else {
          await arm(page, spec);
          await page.locator(c.header(column)).click();
        }
        const r = await result(page);
        if (round >= warmup) samples.push(r);
        if (c.menu) await page.waitForFunction(() => !document.querySelector('[role="menu"]'));
        await page.waitForTimeout(50);
      }
      out[column] = samples;
      // Back to the unsorted order for the next column (a fresh mount).
      await page.evaluate(() => window.__bench.unmount());
      await page.evaluate(() => window.__bench.mount());
      await settle(page, c.rowSelector);
    }
    if (errors.length) throw new Error(errors[0]);
    return { columns: out, domRows };
  } finally {
    await page.close();
  }
}

/**
 * Scrolls `rows` rows: per pass, jumps to a point of the list, then scrolls SCROLL.step px per
 * frame for SCROLL.frames frames, recording frame intervals (rAF timestamps), the most rows in
 * the DOM, frames whose viewport centre shows no row, and Long Animation Frames.
 */
async function measureScroll(browser, outDir, c, layout, rows, { runs, warmup }) {
  const { page, errors } = await openPage(browser, outDir, c, rows, layout);
  try {
    const t0 = Date.now();
    await page.evaluate(() => window.__bench.mount());
    const initialRows = await settle(page, c.rowSelector);
    const mountMs = Date.now() - t0;
    const passes = [];
    for (let pass = 0; pass < warmup + runs; pass++) {
      const start = 0.05 + (0.85 * pass) / (warmup + runs);
      const r = await page.evaluate(
        async ({ scroller, rowSelector, frames, step, start }) => {
          const el = document.querySelector(scroller);
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          el.scrollTop = Math.round(start * (el.scrollHeight - el.clientHeight));
          for (let i = 0; i < 5; i++) await frame();
          await new Promise((resolve) => setTimeout(resolve, 100));
          const box = el.getBoundingClientRect();
          const times = [];
          let maxRows = 0;
          let blank = 0;
          const from = performance.now();
          let last = await frame();
          for (let i = 0; i < frames; i++) {
            el.scrollTop += step;
            const now = await frame();
            times.push(now - last);
            last = now;
            maxRows = Math.max(maxRows, document.querySelectorAll(rowSelector).length);
            const hit = document.elementFromPoint(
              box.left + box.width / 2,
              box.top + box.height * 0.6,
            );
            if (!hit?.closest(rowSelector)) blank++;
          }
          const to = performance.now();
          await new Promise((resolve) => setTimeout(resolve, 100));
          const loaf = window.__loaf.filter(
            (e) => e.startTime < to && e.startTime + e.duration > from,
          );
          return {
            times,
            maxRows,
            blank,
            loafCount: loaf.length,
            loafMax: Math.max(0, ...loaf.map((e) => e.duration)),
            scrollHeight: el.scrollHeight,
          };
        },
        { scroller: c.scroller, rowSelector: c.rowSelector, ...SCROLL, start },
      );
      if (pass >= warmup) passes.push(r);
    }
    if (errors.length) throw new Error(errors[0]);
    return { passes, initialRows, mountMs };
  } finally {
    await page.close();
  }
}

/** Every browser scenario; a scenario that fails is reported with its error, the rest run. */
export async function measureBrowser({
  candidates,
  css,
  runs,
  warmup,
  outDir,
  log,
  only,
  scenarios,
}) {
  const wanted = ([key]) => !only || only.includes(key);
  const scenarioWanted = (scenario) => !scenarios || scenarios.includes(scenario);
  await buildPages(candidates, css, outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: chromiumArgs,
  });
  const by = Object.fromEntries(candidates.map((c) => [c.key, c]));
  const settings = { runs, warmup };
  const attemptIn = async (label, fn) => {
    log(label);
    try {
      return await fn();
    } catch (error) {
      return { error: errorText(error) };
    }
  };
  try {
    const mount = await (scenarioWanted("mount") ? measureMounts : async () => [])(
      browser,
      outDir,
      [
        ["nexod", "all"],
        ["nexod", "virtual"],
        ["shadcn", "all"],
        ["mui", "all"],
        ["ag-grid", "all"],
      ]
        .filter(wanted)
        .map(([key, layout]) => ({ c: by[key], layout })),
      1000,
      settings,
      log,
    );
    const sort = [];
    for (const [key, layout] of [
      ["nexod", "paged"],
      ["nexod", "virtual"],
      ["shadcn", "paged"],
      ["mui", "paged"],
      ["ag-grid", "all"],
    ].filter((s) => wanted(s) && scenarioWanted("sort"))) {
      sort.push({
        key,
        layout,
        ...(await attemptIn(`sort 10,000 rows: ${key} (${layout})`, () =>
          measureSort(browser, outDir, by[key], layout, 10_000, settings),
        )),
      });
    }
    const scroll = [];
    for (const [key, layout] of [
      ["nexod", "virtual"],
      ["ag-grid", "all"],
    ].filter((s) => wanted(s) && scenarioWanted("scroll"))) {
      scroll.push({
        key,
        layout,
        ...(await attemptIn(`scroll 100,000 rows: ${key} (${layout})`, () =>
          measureScroll(browser, outDir, by[key], layout, 100_000, { runs, warmup: 1 }),
        )),
      });
    }
    return {
      version: browser.version(),
      mount,
      sort,
      scroll,
      runs,
      warmup,
      scrollSettings: SCROLL,
    };
  } finally {
    await browser.close();
  }
}
