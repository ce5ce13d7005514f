// @vitest-environment node
// Which token variables each shipped stylesheet declares (scripts/css-tokens.mjs): the chart
// palette only in chart.css, palette steps only where something reads them, and no stylesheet
// reading a token that neither it nor styles.css declares.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { tokens } from "@nexod/tokens";
import { describe, expect, it } from "vitest";
import { peerEntryFolders } from "../scripts/components.mjs";
import { dropUnreadPaletteSteps, readVariables, takeChartPalette } from "../scripts/css-tokens.mjs";

const peerEntryOnly = await peerEntryFolders();
const dist = path.resolve(import.meta.dirname, "../dist");
function read(file: string) {
  const full = path.join(dist, file);
  expect(existsSync(full), "run `pnpm --filter @nexod/ui build` first").toBe(true);
  return readFileSync(full, "utf8");
}
const declared = (css: string) =>
  new Set([...css.matchAll(/(--nx-[\w-]+):/g)].map((m) => m[1] as string));
const tokenVariables = new Set<string>(Object.values(tokens).map((token) => token.cssVar));

describe("takeChartPalette", () => {
  const css =
    "@layer theme{:root,.light{--nx-color-primary:#00f;--nx-color-chart-categorical-1:#f00}" +
    ".dark{--nx-color-chart-categorical-1:#f88;--nx-color-primary:#88f}}.nx-a{color:red}";

  it("moves the chart variables into rules of their own, per selector and layer", () => {
    const { css: rest, palette } = takeChartPalette(css, { layered: true });
    expect(rest).toBe(
      "@layer theme{:root,.light{--nx-color-primary:#00f}.dark{--nx-color-primary:#88f}}.nx-a{color:red}",
    );
    expect(palette).toBe(
      "@layer theme{:root,.light{--nx-color-chart-categorical-1:#f00}.dark{--nx-color-chart-categorical-1:#f88}}",
    );
    expect(takeChartPalette(css, { layered: false }).palette).not.toContain("@layer");
  });

  it("fails loudly when the tokens carry no chart palette", () => {
    expect(() => takeChartPalette(":root{--nx-color-primary:#00f}", { layered: true })).toThrow(
      /no --nx-color-chart-\* variables/,
    );
  });
});

describe("dropUnreadPaletteSteps", () => {
  const css =
    ":root{--nx-color-brand-500:#00f;--nx-color-brand-600:#00e;--nx-color-black:#000;" +
    "--nx-color-primary:var(--nx-color-brand-600);--nx-spacing-48:12rem}";

  it("keeps the steps something reads and every non-palette token", () => {
    const kept = dropUnreadPaletteSteps(css, readVariables([css]));
    expect(kept).toBe(
      ":root{--nx-color-brand-600:#00e;--nx-color-primary:var(--nx-color-brand-600);--nx-spacing-48:12rem}",
    );
  });

  it("counts a read in any stylesheet, not only its own", () => {
    const kept = dropUnreadPaletteSteps(
      css,
      readVariables([css, ".x{color:var(--nx-color-black)}"]),
    );
    expect(kept).toContain("--nx-color-black:#000");
    expect(kept).not.toContain("--nx-color-brand-500");
  });
});

describe("the built stylesheets", () => {
  const styles = read("styles.css");
  const chart = read("chart.css");

  it("leave the chart palette out of styles.css and put all of it, light and dark, in chart.css", () => {
    const chartTokens = [...tokenVariables].filter((name) => name.startsWith("--nx-color-chart-"));
    expect(chartTokens.length).toBeGreaterThan(20);
    expect([...declared(styles)].filter((name) => name.startsWith("--nx-color-chart-"))).toEqual(
      [],
    );
    for (const name of chartTokens)
      expect(chart.match(new RegExp(`${name}:`, "g"))).toHaveLength(2);
  });

  it("declare every semantic and non-colour token in styles.css", () => {
    const expected = [...tokenVariables].filter(
      (name) =>
        !name.startsWith("--nx-color-chart-") &&
        !/^--nx-color-(?:[a-z]+-\d+|black|white)$/.test(name),
    );
    const have = declared(styles);
    expect(expected.filter((name) => !have.has(name))).toEqual([]);
  });

  const files = ["styles.css", "styles.unlayered.css"].concat(
    peerEntryOnly.flatMap((folder) => [`${folder}.css`, `${folder}.unlayered.css`]),
  );
  it.each(files)("%s reads no token that it or styles.css does not declare", (file) => {
    const css = read(file);
    const have = new Set([...declared(styles), ...declared(css)]);
    const dangling = [...readVariables([css])].filter(
      (name) => tokenVariables.has(name) && !have.has(name),
    );
    expect(dangling).toEqual([]);
  });
});
