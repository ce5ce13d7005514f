// Which token variables go into which shipped stylesheet (issue 13: the full stylesheet ≤ 20 KB
// gzip). styles.css imports all of @nexod/tokens/tokens.css; two groups are taken back out:
// - the data-visualisation palette (`--nx-color-chart-*`), read only by the Chart: it ships in
//   chart.css with the Chart's rules;
// - palette steps (`--nx-color-brand-500`, `--nx-color-black`…) that no shipped rule and no
//   semantic colour reads. Products style with semantic colours (the Tailwind preset and theme
//   map no palette steps); the whole palette stays in @nexod/tokens/tokens.css.
// test/css-tokens.test.ts holds the cases.
import postcss from "postcss";

const isChartToken = (prop) => prop.startsWith("--nx-color-chart-");
const isPaletteStep = (prop) => /^--nx-color-(?:[a-z]+-\d+|black|white)$/.test(prop);

/**
 * Takes the `--nx-color-chart-*` declarations out of a compiled stylesheet's token rules and
 * returns them as rules of their own with the same selectors (inside `@layer theme` when
 * `layered`), for chart.css. Throws when there are none: the token build changed under us.
 */
export function takeChartPalette(css, { layered }) {
  const root = postcss.parse(css);
  const rules = [];
  root.walkRules((rule) => {
    const palette = rule.nodes.filter((node) => node.type === "decl" && isChartToken(node.prop));
    if (palette.length === 0) return;
    rules.push(`${rule.selector}{${palette.map((d) => `${d.prop}:${d.value}`).join(";")}}`);
    for (const declaration of palette) declaration.remove();
  });
  if (rules.length === 0) {
    throw new Error("css-tokens: no --nx-color-chart-* variables in the compiled stylesheet");
  }
  return {
    css: root.toString(),
    palette: layered ? `@layer theme{${rules.join("")}}` : rules.join(""),
  };
}

/** Every `var(--nx-…)` any of the stylesheets reads. */
export function readVariables(stylesheets) {
  const read = new Set();
  for (const css of stylesheets) {
    for (const [, name] of css.matchAll(/var\(\s*(--nx-[\w-]+)/g)) read.add(name);
  }
  return read;
}

/** Removes the palette-step declarations of `css` that are not in `read`. */
export function dropUnreadPaletteSteps(css, read) {
  const root = postcss.parse(css);
  root.walkDecls((decl) => {
    if (isPaletteStep(decl.prop) && !read.has(decl.prop)) decl.remove();
  });
  return root.toString();
}
