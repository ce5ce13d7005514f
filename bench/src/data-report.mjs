// The "## Data tables" and "## Charts" sections that `bench:data` prints and merges into
// RESULTS.md.
import { SORT_COLUMNS } from "./data-browser.mjs";
import { kb, median, mergeSections, ratio, secs, table } from "./util.mjs";

const cell = (x, f) => (x == null ? "—" : x.error ? `n/a (${x.error})` : f(x));
const msf = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : "n/a");
const mark = (ok) => (ok === undefined ? "?" : ok ? "✓" : "✗");
const LAYOUT = {
  all: "every row",
  paged: "pages of 50",
  virtual: "virtualised",
};
const layoutName = (c, layout) =>
  c.key === "mui"
    ? layout === "paged"
      ? "pages of 50, virtualised"
      : "pages of 100 (the MIT maximum), virtualised"
    : c.key === "ag-grid"
      ? layout === "paged"
        ? "pages of 50, virtualised"
        : "virtualised (its default)"
      : LAYOUT[layout];
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))];
};

/** Medians of one browser scenario's samples. */
function summary(samples) {
  return {
    commit: median(samples.map((s) => s.commit)),
    frame: median(samples.map((s) => s.frame)),
    loaf: median(samples.map((s) => s.loaf)),
    rows: median(samples.map((s) => s.rows)),
  };
}

export function dataReport(data) {
  const { candidates, grids, css, extras, ssr, browser, charts, chartCandidates } = data;
  const by = Object.fromEntries(candidates.map((c) => [c.key, c]));
  const shadcnJs = grids.shadcn?.gzip;
  const nexodJs = grids.nexod?.gzip;

  // --- browser summaries
  const mount = (browser?.mount ?? []).map((m) => ({
    ...m,
    s: m.samples ? summary(m.samples) : null,
  }));
  const sort = (browser?.sort ?? []).map((m) => ({
    ...m,
    s: m.columns
      ? Object.fromEntries(Object.entries(m.columns).map(([col, xs]) => [col, summary(xs)]))
      : null,
  }));
  const scroll = (browser?.scroll ?? []).map((m) => {
    if (!m.passes) return m;
    const times = m.passes.flatMap((p) => p.times);
    return {
      ...m,
      s: {
        frame: median(times),
        p95: p95(times),
        maxRows: Math.max(...m.passes.map((p) => p.maxRows)),
        loafCount: m.passes.reduce((n, p) => n + p.loafCount, 0),
        loafMax: Math.max(...m.passes.map((p) => p.loafMax)),
        blank: m.passes.reduce((n, p) => n + p.blank, 0),
        frames: times.length,
      },
    };
  });
  const mountOf = (key, layout) => mount.find((m) => m.key === key && m.layout === layout)?.s;
  const sortOf = (key, layout) => sort.find((m) => m.key === key && m.layout === layout)?.s;

  // --- goals
  const nexodAll = mountOf("nexod", "all");
  const shadcnAll = mountOf("shadcn", "all");
  const sortPaged = sortOf("nexod", "paged");
  const sortVirtual = sortOf("nexod", "virtual");
  const sortFigures = (s) =>
    s ? SORT_COLUMNS.map((col) => `${col} ${msf(s[col]?.commit)}`).join(", ") : "n/a";
  const sortMax = Math.max(
    ...[sortPaged, sortVirtual].flatMap((s) => (s ? SORT_COLUMNS.map((c) => s[c]?.commit) : [NaN])),
  );
  const nexodScroll = scroll.find((m) => m.key === "nexod")?.s;
  const goals = [
    [
      "DataTable JS ≤ the shadcn-style recipe (gzip)",
      `${ratio(nexodJs / shadcnJs)} (${kb(nexodJs)} vs ${kb(shadcnJs)})`,
      mark(Number.isFinite(nexodJs / shadcnJs) ? nexodJs <= shadcnJs : undefined),
    ],
    [
      "1,000 rows rendered ≤ the shadcn-style recipe (mount → next frame)",
      nexodAll && shadcnAll
        ? `${ratio(nexodAll.frame / shadcnAll.frame)} (${msf(nexodAll.frame)} vs ${msf(shadcnAll.frame)})`
        : "n/a",
      mark(nexodAll && shadcnAll ? nexodAll.frame <= shadcnAll.frame : undefined),
    ],
    [
      "sort of 10,000 rows < 100 ms median (click → committed first row)",
      `pages of 50: ${sortFigures(sortPaged)}; virtualised: ${sortFigures(sortVirtual)}`,
      mark(Number.isFinite(sortMax) ? sortMax < 100 : undefined),
    ],
    [
      "≤ 100 DOM rows while scrolling 100,000",
      nexodScroll ? `${nexodScroll.maxRows} rows at most` : "n/a",
      mark(nexodScroll ? nexodScroll.maxRows <= 100 : undefined),
    ],
  ];

  // --- JS table
  const cssNote = {
    nexod: `\`@nexod/ui/styles.css\` (every component) ${kb(css.nexod?.gzip)}`,
    shadcn: `Tailwind 4 build for the set + recipe ${kb(css.shadcn?.gzip)}`,
    mui: "in the JS (Emotion)",
    "ag-grid": "in the JS (Theming API, Quartz)",
  };
  const jsTable = table(
    ["JS, react external", "min", "gzip", "brotli", "gzip × shadcn-style", "CSS (gzip)"],
    candidates.map((c) => {
      const b = grids[c.key];
      return [
        c.name,
        cell(b, (x) => kb(x.raw)),
        cell(b, (x) => kb(x.gzip)),
        cell(b, (x) => kb(x.brotli)),
        cell(b, (x) => ratio(x.gzip / shadcnJs)),
        cssNote[c.key],
      ];
    }),
    [5],
  );
  const topPackages = (key, n) =>
    Object.entries(grids[key]?.byPackage ?? {})
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([p, bytes]) => `${p} ${(bytes / 1000).toFixed(1)} KB`)
      .join(", ");

  // --- SSR table
  let ssrText;
  if (!ssr) ssrText = "Skipped (`--skip-ssr`).";
  else if (ssr.error) ssrText = `n/a (${ssr.error})`;
  else {
    const rows = candidates.map((c) => {
      const r = ssr.result[c.key];
      if (!r || r.error) return [c.name, `n/a (${r?.error ?? "not run"})`, "", "", ""];
      if (r.rendered === 0)
        return [
          c.name,
          `n/a: none of the ${ssr.count} rows in the HTML — ${c.ssrNone ?? "rows render on the client only"}`,
          "",
          `0 of ${ssr.count}`,
          kb(r.html),
        ];
      return [c.name, msf(r.median), ratio(r.ratio), `${r.rendered} of ${ssr.count}`, kb(r.html)];
    });
    ssrText = [
      table(
        [
          "renderToString, production",
          "time per render",
          "× shadcn-style",
          "rows in the HTML",
          "HTML",
        ],
        rows,
      ),
      "",
      `React ${ssr.react}, NODE_ENV=production in a child process; ${ssr.warmup} warm-up renders per candidate, then ${ssr.runs} rounds (every candidate per round, rotating order); a sample is the mean of ${ssr.reps} render${ssr.reps === 1 ? "" : "s"} after a garbage collection; the ratio is of the medians. A row counts as rendered when its id is in the HTML. Each candidate renders its "every row" layout (MUI X: a page of 100).`,
    ].join("\n");
  }

  // --- browser tables
  let browserText;
  if (!browser) browserText = "Skipped (`--skip-browser`).";
  else if (browser.error) browserText = `n/a (${browser.error})`;
  else {
    const base = shadcnAll?.frame;
    const mountTable = table(
      [
        "mount 1,000 rows",
        "layout",
        "rows in the DOM",
        "to commit",
        "to next frame",
        "longest LoAF",
        "× shadcn-style (frame)",
      ],
      mount.map((m) =>
        m.error
          ? [by[m.key].name, layoutName(by[m.key], m.layout), `n/a (${m.error})`, "", "", "", ""]
          : [
              by[m.key].name,
              layoutName(by[m.key], m.layout),
              m.s.rows,
              msf(m.s.commit),
              msf(m.s.frame),
              msf(m.s.loaf),
              ratio(m.s.frame / base),
            ],
      ),
      [1],
    );
    const sortTable = table(
      [
        "sort 10,000 rows",
        "layout",
        "rows in the DOM",
        ...SORT_COLUMNS.flatMap((col) => [`${col}: to commit`, "to next frame", "longest LoAF"]),
      ],
      sort.map((m) =>
        m.error
          ? [by[m.key].name, layoutName(by[m.key], m.layout), `n/a (${m.error})`]
          : [
              by[m.key].name,
              layoutName(by[m.key], m.layout),
              m.domRows,
              ...SORT_COLUMNS.flatMap((col) => [
                msf(m.s[col]?.commit),
                msf(m.s[col]?.frame),
                msf(m.s[col]?.loaf),
              ]),
            ],
      ),
      [1],
    );
    const scrollRows = scroll.map((m) =>
      m.error
        ? [by[m.key].name, layoutName(by[m.key], m.layout), `n/a (${m.error})`]
        : [
            by[m.key].name,
            layoutName(by[m.key], m.layout),
            secs(m.mountMs),
            m.s.maxRows,
            msf(m.s.frame),
            msf(m.s.p95),
            `${m.s.loafCount} (longest ${msf(m.s.loafMax)})`,
            `${m.s.blank} of ${m.s.frames}`,
          ],
    );
    const oneThousand = shadcnAll ? shadcnAll.frame : NaN;
    scrollRows.push(
      [
        by.shadcn.name,
        "every row (no virtualisation)",
        `n/a: not virtualised, all 100,000 rows would be in the DOM (about ${secs(oneThousand * 100)} to mount, from its 1,000-row figure); skipped`,
        "",
        "",
        "",
        "",
        "",
      ],
      [
        by.mui.name,
        "pages of ≤ 100",
        "n/a: the MIT DataGrid cannot show more than 100 rows a page (`pageSize` > 100 throws); one list of 100,000 rows needs DataGridPro",
        "",
        "",
        "",
        "",
        "",
      ],
    );
    const scrollTable = table(
      [
        "scroll 100,000 rows",
        "layout",
        "mount (rows settled)",
        "most rows in the DOM",
        "frame interval (median)",
        "p95",
        "long animation frames",
        "frames with no row mid-view",
      ],
      scrollRows,
      [1],
    );
    const allSorts = sort.flatMap((m) =>
      m.s
        ? SORT_COLUMNS.map((col) => ({
            name: by[m.key].name,
            layout: m.layout,
            col,
            t: m.s[col]?.commit,
          }))
        : [],
    );
    const fastest = allSorts.reduce((a, b) => (b.t < a.t ? b : a), allSorts[0] ?? { t: NaN });
    const slowest = allSorts.reduce((a, b) => (b.t > a.t ? b : a), allSorts[0] ?? { t: NaN });
    browserText = [
      "### Client render of 1,000 rows",
      "",
      mountTable,
      "",
      "### Sort of 10,000 rows",
      "",
      sortTable,
      "",
      `Every sort in this run, all candidates: from ${msf(fastest.t)} (${fastest.name}, ${fastest.col}) to ${msf(slowest.t)} (${slowest.name}, ${slowest.col}) to commit.`,
      "",
      "### Scroll of 100,000 rows",
      "",
      scrollTable,
      "",
      `Chromium ${browser.version}, headless, 1280×800, production React; medians of ${browser.runs} runs after ${browser.warmup} warm-ups, mounts interleaved (every round mounts each candidate in its own page, rotating order), sorts and scrolls one candidate after the other; ratios are of medians. **Mount**: from just before \`root.render\` to the DOM mutation after which all the rows the grid shows are there (for virtualising grids, the count a first mount settles at), then to the next frame (rAF, then a task: style, layout and paint are done); LoAF is the longest Long Animation Frame overlapping that span. **Sort**: from the \`click\` (capture phase) on the column header — for the shadcn-style recipe, whose header is a menu, on its Asc/Desc item — to the DOM mutation after which the first row's text has changed; each click toggles the order. **Scroll**: ${browser.runs} passes, each from a different point of the list, ${browser.scrollSettings.step} px per frame for ${browser.scrollSettings.frames} frames; frame interval = between rAF timestamps (16.7 ms is 60 fps); "no row mid-view" = the point at 60% of the viewport's height hits no row after the frame (blank while scrolling).`,
    ].join("\n");
  }

  const lines = [
    "## Data tables",
    "",
    `\`pnpm --filter @nexod/bench bench:data\` (drives Chromium; not part of \`pnpm bench\`), ${data.date}, ${secs(data.elapsed)} in all${data.flags.length ? ` (\`${data.flags.join(" ")}\`)` : ""}; ${data.cpus[0]?.model?.trim() ?? "CPU"} × ${data.cpus.length}, load average ${data.load.map((l) => l.toFixed(2)).join(" ")} (the machine is shared: read ratios within the run). Every candidate renders the same 100 / 1,000 / 10,000 / 100,000 generated rows (id, name, status, owner, amount, date; \`fixtures/data/rows.ts\`) with the same columns (a selection checkbox, the six fields, row actions) and the search, filters and pagination its idiom offers (\`fixtures/data/*.tsx\`; the shadcn-style recipe is \`fixtures/shadcn/data-table/\`, after shadcn's Tasks example on TanStack Table 9).`,
    "",
    table(["goal (issue 14)", "this run", "met"], goals, [2]),
    "",
    "### JS and CSS",
    "",
    jsTable,
    "",
    `esbuild as in \`## Bundle\` (browser, ESM, minified, production, React external); the entry is the candidate's whole table (\`export { Grid } from "fixtures/data/<candidate>.tsx"\`), columns included. Largest parts — DataTable: ${topPackages("nexod", 4)}; shadcn-style: ${topPackages("shadcn", 4)}. The DataTable's fixture does not virtualise, so it does not import \`@nexod/ui/data-table/virtual\` (TanStack Virtual); the same table with virtual rows (\`fixtures/data/nexod-virtual.tsx\`, the page of the 100,000-row scroll) is ${cell(extras.nexodVirtual, (x) => `${kb(x.gzip)} gzip (${ratio(x.gzip / shadcnJs)} the recipe)`)}. AG Grid with \`AllCommunityModule\` (its quick start) instead of the seven modules the fixture registers: ${cell(extras.agGridAll, (x) => `${kb(x.gzip)} gzip`)}.`,
    "",
    "### Server render of 100 rows",
    "",
    ssrText,
    "",
    browserText,
  ];

  // --- charts
  const recharts = charts.recharts?.gzip;
  lines.push(
    "",
    "## Charts",
    "",
    `One area chart — two series, grid, axes, tooltip, legend, responsive width — written three ways (\`fixtures/chart/\`), bundled as in \`## Bundle\` (React external), ${data.date}:`,
    "",
    table(
      ["one area chart, JS", "min", "gzip", "brotli", "× Recharts directly (gzip)", "added (gzip)"],
      chartCandidates.map((c) => {
        const b = charts[c.key];
        return [
          c.name,
          cell(b, (x) => kb(x.raw)),
          cell(b, (x) => kb(x.gzip)),
          cell(b, (x) => kb(x.brotli)),
          cell(b, (x) => ratio(x.gzip / recharts)),
          cell(b, (x) => (c.key === "recharts" ? "—" : kb(x.gzip - recharts))),
        ];
      }),
    ),
  );
  return lines.join("\n");
}

/** RESULTS.md with this run's Data tables and Charts sections (the rest unchanged). */
export function spliceResults(old, markdown) {
  return mergeSections(old, markdown);
}
