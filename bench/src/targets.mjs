// The issue's targets for @nexod/ui, checked against one run's figures.
import { kb, ratio } from "./util.mjs";

/** ✓/✗ when the figure exists; undefined (shown as –) when it could not be measured. */
const check = (value, ok) => (Number.isFinite(value) ? ok(value) : undefined);

export function targets({ bundles, css, ssr, candidates }) {
  const nexod = bundles.nexod;
  const shadcnSet = bundles.shadcn?.set?.gzip;
  const nexodSet = nexod?.set?.gzip;
  const missing = candidates.find((c) => c.key === "nexod")?.notes.missing ?? [];
  const setRatio = nexodSet / shadcnSet;
  const ssrRatio = ssr?.result?.nexod?.buttons?.ratio;
  const rows = [
    {
      target: "`import { Button }` JS ≤ 2.5 KB gzip",
      figure: kb(nexod?.button?.gzip),
      met: check(nexod?.button?.gzip, (x) => x <= 2500),
    },
    {
      target: "common set JS ≤ 0.85× the shadcn-style set (gzip)",
      figure: `${ratio(setRatio)} (${kb(nexodSet)} vs ${kb(shadcnSet)})${missing.length ? `; partial: ${missing.length} names missing` : ""}`,
      met: check(setRatio, (x) => x <= 0.85 && missing.length === 0),
    },
    {
      target: "1,000 Buttons server-rendered ≤ 2× the floor",
      figure: ssr ? ratio(ssrRatio) : "skipped",
      met: check(ssrRatio, (x) => x <= 2),
    },
    {
      target: "full stylesheet ≤ 20 KB gzip",
      figure: kb(css?.nexod?.gzip),
      met: check(css?.nexod?.gzip, (x) => x <= 20000),
    },
  ];
  return rows.map((r) => ({ ...r, mark: r.met === undefined ? "–" : r.met ? "✓" : "✗" }));
}
