// Turns one run's figures into the markdown printed by `pnpm bench` and saved as RESULTS.md.
import {
  bundleTable,
  cssTable,
  ssrTable,
  ssrMethod,
  buildTable,
  packagesTable,
  treeShakingTable,
} from "./tables.mjs";
import { targets } from "./targets.mjs";
import { kb, secs, table } from "./util.mjs";

export function report(data) {
  const { env, flags, candidates, bundles, css, ssr, builds, elapsed } = data;
  const nexod = candidates.find((c) => c.key === "nexod");
  const notes = [];
  if (nexod.notes.notInRoot.length)
    notes.push(
      `Not yet exported from the \`@nexod/ui\` root, so measured from their built per-component files: ${nexod.notes.notInRoot.join(", ")}.`,
    );
  if (nexod.notes.missing.length)
    notes.push(`Missing from \`@nexod/ui\` (not in the set): ${nexod.notes.missing.join(", ")}.`);
  const withTheme = bundles["radix-themes"]?.buttonWithTheme;
  if (withTheme && !withTheme.error)
    notes.push(
      `Radix Themes also needs \`<Theme>\`: \`{ Button, Theme }\` is ${kb(withTheme.gzip)} gzip.`,
    );
  notes.push(
    "The shadcn-style set is written in `bench/fixtures/shadcn/` after shadcn/ui v4 (new-york): lucide-react icons are inline SVGs (as in Nexod), and its CSS has no tw-animate-css (not a bench dependency), so its `animate-in`/`fade-*`/`zoom-*` classes compile to nothing: its CSS figure is a slight underestimate.",
    "gzip sizes of large bundles move by a few hundred bytes with module order alone (same minified bytes, different order); compare the minified column too.",
  );
  const t = targets(data);
  const lines = [
    "# @nexod/ui bench results",
    "",
    `- **Date**: ${env.date} — \`pnpm bench${flags.length ? ` ${flags.join(" ")}` : ""}\`, ${secs(elapsed)} in all`,
    `- **Machine**: ${env.machine}`,
    `- **Versions**: Node ${env.node}, ${Object.entries(env.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    "- **Units**: 1 KB = 1,000 bytes; gzip level 9, brotli quality 11. Times are medians; ratios are medians of per-round ratios within this run.",
    "",
    "## Targets",
    "",
    table(
      ["target", "this run", "met"],
      t.map((r) => [r.target, r.figure, r.mark]),
      [2],
    ),
    "",
    "## Bundle (esbuild, browser, ESM, minified, production)",
    "",
    bundleTable(data),
    "",
    "Common set: Button, Dialog, Select, Tabs, Tooltip, Checkbox, Switch, Input, DropdownMenu, Popover, each with the parts a product uses (see `src/candidates.mjs`).",
    "",
    cssTable(data),
    "",
    packagesTable(bundles),
    "",
    "Does importing one part of a component (`{ Dialog }`) leave its other parts out?",
    "",
    treeShakingTable(data),
    "",
    "## Server render",
    "",
    !ssr
      ? "Skipped (`--skip-ssr`)."
      : ssr.error
        ? `n/a (${ssr.error})`
        : `${ssrTable(data)}\n\n${ssrMethod(ssr)}`,
    "",
    "## Build",
    "",
    builds ? buildTable(builds) : "Skipped (`--skip-build`).",
    "",
    ...(notes.length ? ["## Notes", "", ...notes.map((n) => `- ${n}`), ""] : []),
  ];
  return { markdown: lines.join("\n").trimEnd(), targets: t };
}
