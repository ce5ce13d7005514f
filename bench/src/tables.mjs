// The tables of the report, one function each; report.mjs puts them together.
import { TURBO_FILTER } from "./build.mjs";
import { kb, ms, ratio, secs, table } from "./util.mjs";

const cell = (x, f) => (x == null ? "—" : x.error ? `n/a (${x.error})` : f(x));

export function bundleTable({ candidates, bundles }) {
  const shadcnSet = bundles.shadcn?.set?.gzip;
  return table(
    [
      "JS, react external",
      "Button min",
      "gzip",
      "brotli",
      "common set min",
      "gzip",
      "brotli",
      "set ÷ shadcn-style",
    ],
    candidates.map((c) => {
      const b = bundles[c.key];
      return [
        c.name,
        cell(b.button, (x) => kb(x.raw)),
        cell(b.button, (x) => kb(x.gzip)),
        cell(b.button, (x) => kb(x.brotli)),
        cell(b.set, (x) => kb(x.raw)),
        cell(b.set, (x) => kb(x.gzip)),
        cell(b.set, (x) => kb(x.brotli)),
        cell(b.set, (x) => ratio(x.gzip / shadcnSet)),
      ];
    }),
  );
}

export function cssTable({ candidates, css }) {
  return table(
    ["CSS a product loads", "min", "gzip", "brotli", "what"],
    candidates.map((c) => {
      const x = css[c.key];
      return [
        c.name,
        cell(x, (v) => kb(v.raw)),
        cell(x, (v) => kb(v.gzip)),
        cell(x, (v) => kb(v.brotli)),
        x?.note ?? "",
      ];
    }),
    [4],
  );
}

export function ssrTable({ candidates, ssr }) {
  return table(
    [
      "renderToString, production",
      "1,000 Buttons",
      "× floor",
      "200-field form",
      "× floor",
      "HTML (buttons / form)",
    ],
    candidates.map((c) => {
      const r = ssr.result[c.key];
      if (!r || r.error) return [c.name, `n/a (${r?.error ?? "not run"})`, "", "", "", ""];
      return [
        c.name,
        ms(r.buttons.median),
        ratio(r.buttons.ratio),
        ms(r.form.median),
        ratio(r.form.ratio),
        `${kb(r.buttons.html)} / ${kb(r.form.html)}`,
      ];
    }),
  );
}

export function ssrMethod(ssr) {
  const lines = [
    `React ${ssr.react} with NODE_ENV=${ssr.nodeEnv} in a child process; per scenario ${ssr.warmup} warm-up renders per candidate, then ${ssr.runs} rounds; a sample is the mean of ${ssr.reps?.buttons} (buttons) / ${ssr.reps?.form} (form) renders. Time per render includes creating the elements.`,
  ];
  for (const [key, r] of Object.entries(ssr.result)) {
    if (r.error) continue;
    if (r.buttons.count !== ssr.expected.buttons || r.form.count !== ssr.expected.fields)
      lines.push(
        `**Check failed for ${key}**: rendered ${r.buttons.count} \`<button>\` and ${r.form.count} \`<input>\`.`,
      );
  }
  return lines.join("\n\n");
}

export function buildTable(builds) {
  const row = (what, x, note = "") => [what, cell(x, (v) => secs(v.median)), x?.runs ?? "", note];
  const rows = [
    row(`\`turbo run build --force --filter=${TURBO_FILTER}\` (cold)`, builds.turboCold),
    row(
      `\`turbo run build --filter=${TURBO_FILTER}\` (cached)`,
      builds.turboCached,
      builds.turboCached?.fullTurbo ? `FULL TURBO ${builds.turboCached.fullTurbo}` : "",
    ),
    row("`pnpm --filter @nexod/storybook build` (static)", builds.storybook),
    row("`pnpm --filter @nexod/tokens build` (tsdown + token build)", builds.tokens),
  ];
  for (const s of builds.tokensScript?.sets ?? []) {
    rows.push([
      `bench/tokens: ${s.name}, ${s.tokens} tokens`,
      ms(s.build),
      builds.tokensScript.runs,
      `in-process build; whole command ${ms(s.command)}`,
    ]);
  }
  if (builds.tokensScript?.error)
    rows.push(["bench/tokens/build.mjs", `n/a (${builds.tokensScript.error})`, "", ""]);
  return table(["build (wall clock)", "median", "runs", "note"], rows, [3]);
}

/** What each package contributes to the @nexod/ui and shadcn-style bundles, from esbuild's metafile. */
export function packagesTable(bundles) {
  const get = (key, entry) => bundles[key]?.[entry]?.byPackage ?? {};
  const cols = [
    get("nexod", "button"),
    get("shadcn", "button"),
    get("nexod", "set"),
    get("shadcn", "set"),
  ];
  const names = [...new Set(cols.flatMap(Object.keys))];
  const biggest = (p) => Math.max(...cols.map((c) => c[p] ?? 0));
  names.sort((a, b) => biggest(b) - biggest(a));
  const fmt = (x) => (x ? x.toLocaleString("en") : "—");
  // Packages under 1,000 bytes everywhere, except the ones in the Buttons, share one row.
  const small = names.filter((p) => biggest(p) < 1000 && !(p in cols[0]) && !(p in cols[1]));
  const rows = names
    .filter((p) => !small.includes(p))
    .map((p) => [p, ...cols.map((c) => fmt(c[p]))]);
  const sum = (c) => small.reduce((n, p) => n + (c[p] ?? 0), 0);
  if (small.length)
    rows.push([`${small.length} smaller packages`, ...cols.map((c) => fmt(sum(c)))]);
  return table(
    [
      "minified bytes by package",
      "Nexod Button",
      "shadcn-style Button",
      "Nexod set",
      "shadcn-style set",
    ],
    rows,
  );
}

export function treeShakingTable({ treeShaking }) {
  const rows = Object.entries(treeShaking ?? {}).map(([component, r]) => {
    const fmt = (x) => cell(x, (v) => kb(v.gzip));
    const share = (x) =>
      x?.first?.gzip && x?.all?.gzip ? ` (${Math.round((100 * x.first.gzip) / x.all.gzip)}%)` : "";
    return [
      component,
      `${fmt(r.nexod?.first)}${share(r.nexod)}`,
      fmt(r.nexod?.all),
      `${fmt(r.shadcn?.first)}${share(r.shadcn)}`,
      fmt(r.shadcn?.all),
    ];
  });
  return table(
    [
      "gzip JS: root part alone (% of all parts)",
      "@nexod/ui",
      "all parts",
      "shadcn-style",
      "all parts",
    ],
    rows,
  );
}
