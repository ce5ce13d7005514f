import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseColor } from "../src/check/color";
import { checkDataviz, deltaE2000, simulatedLab } from "../src/check/dataviz";
import { cli, copyOfShippedTokens, PACKAGE_DIR, tempDir } from "./helpers";

/** A copy of the shipped tokens with categorical chart colours replaced in one mode file. */
async function plantCategorical(file: string, colours: Record<string, string>) {
  const tokensDir = await copyOfShippedTokens();
  const target = path.join(tokensDir, file);
  const tree = JSON.parse(await readFile(target, "utf8")) as {
    color: { chart: { categorical: Record<string, { $value: string }> } };
  };
  for (const [step, value] of Object.entries(colours)) {
    tree.color.chart.categorical[step]!.$value = value;
  }
  await writeFile(target, JSON.stringify(tree));
  return tokensDir;
}

const check = (tokensDir: string) => cli(["check", "--tokens-dir", tokensDir]);

describe("CIEDE2000", () => {
  // Sharma, Wu & Dalal (2005), table 1: reference pairs and their published ΔE00.
  const cases: [[number, number, number], [number, number, number], number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    [[90.8027, -2.0831, 1.441], [91.1528, -1.6435, 0.0447], 1.4441],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ];
  it.each(cases)("matches the published value for %j / %j", (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 3);
  });
});

describe("colour-vision simulation (Machado 2009, severity 1)", () => {
  const lab = (hex: string, deficiency?: "protanopia" | "deuteranopia" | "tritanopia") =>
    simulatedLab(parseColor(hex)!, deficiency);

  it("makes red and green alike for protanopes and deuteranopes, not for tritanopes", () => {
    const normal = deltaE2000(lab("#d62728"), lab("#2ca02c"));
    expect(normal).toBeGreaterThan(50);
    expect(deltaE2000(lab("#d62728", "deuteranopia"), lab("#2ca02c", "deuteranopia"))).toBeLessThan(
      normal / 2,
    );
    expect(deltaE2000(lab("#d62728", "protanopia"), lab("#2ca02c", "protanopia"))).toBeLessThan(
      normal / 2,
    );
    expect(deltaE2000(lab("#d62728", "tritanopia"), lab("#2ca02c", "tritanopia"))).toBeGreaterThan(
      30,
    );
  });

  it("makes blue and green alike for tritanopes", () => {
    const normal = deltaE2000(lab("#3b82f6"), lab("#22c55e"));
    const tritan = deltaE2000(lab("#3b82f6", "tritanopia"), lab("#22c55e", "tritanopia"));
    expect(tritan).toBeLessThan(normal / 2);
  });

  it("leaves greys as they are", () => {
    for (const deficiency of ["protanopia", "deuteranopia", "tritanopia"] as const) {
      expect(deltaE2000(lab("#808080"), lab("#808080", deficiency))).toBeLessThan(1);
    }
  });
});

describe("check of the chart palette", () => {
  it("passes on the shipped palette in both modes, with a line saying what was checked", async () => {
    const run = await check(await copyOfShippedTokens());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Chart palette OK: 16 categorical colours \(all modes\) reach 3:1 on color\.chart\.surface; neighbours stay ΔE2000 >= 10 apart under protanopia, deuteranopia and tritanopia/,
    );
  });

  it("fails a colour below 3:1 on the chart surface, naming it, the mode and the ratio", async () => {
    const run = await check(await plantCategorical("dataviz.light.json", { "4": "#facc15" }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Chart colour too faint in the light mode: color\.chart\.categorical\.4 \(#facc15\) on color\.chart\.surface \(#ffffff\) is 1\.\d\d:1, needs 3:1/,
    );
  });

  it("fails red next to green, naming the pair, the deficiency and the ΔE", async () => {
    const run = await check(
      await plantCategorical("dataviz.light.json", { "1": "#c0392b", "2": "#4d7c0f" }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Adjacent chart colours too alike under deuteranopia in the light mode: color\.chart\.categorical\.1 \(#c0392b\) and color\.chart\.categorical\.2 \(#4d7c0f\) are ΔE2000 \d+\.\d apart after simulation \(Machado 2009, severity 1\), needs 10\./,
    );
    // Protanopes still tell these two apart (ΔE 13.5), as do tritanopes and everyone else.
    expect(run.stderr).not.toMatch(/too alike under (protanopia|tritanopia)/);
    expect(run.stderr).not.toMatch(/with normal colour vision/);
  });

  it("fails sky blue next to green for tritanopes in the dark mode", async () => {
    const run = await check(
      await plantCategorical("dataviz.dark.json", { "1": "#38bdf8", "2": "#4ade80" }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /too alike under tritanopia in the dark mode: color\.chart\.categorical\.1 \(#38bdf8\) and color\.chart\.categorical\.2 \(#4ade80\) are ΔE2000 8\.5 apart/,
    );
    expect(run.stderr).not.toMatch(/under (protanopia|deuteranopia)/);
  });

  it("checks every adjacent pair against every deficiency and normal vision", async () => {
    const tree = JSON.parse(
      await readFile(path.join(PACKAGE_DIR, "tokens", "dataviz.light.json"), "utf8"),
    ) as { color: { chart: { categorical: Record<string, { $value: string }> } } };
    const resolved = new Map<string, unknown>([
      ["color.background", "#ffffff"],
      ["color.chart.surface", "#ffffff"],
      ...Object.entries(tree.color.chart.categorical).map(
        ([step, token]) => [`color.chart.categorical.${step}`, token.$value] as const,
      ),
    ]);
    const { results, problems } = checkDataviz("light", resolved);
    expect(problems).toEqual([]);
    expect(results.filter((r) => r.kind === "contrast")).toHaveLength(8);
    expect(results.filter((r) => r.kind === "cvd")).toHaveLength(7 * 4);
    // Sorted numerically: 1–2 … 7–8, never 1–10.
    expect(results.filter((r) => r.kind === "cvd").map((r) => r.a.at(-1))).toContain("7");
  });

  it("names a missing chart surface", () => {
    const { problems } = checkDataviz("dark", new Map([["color.chart.categorical.1", "#60a5fa"]]));
    expect(problems).toEqual([
      "color.chart.surface is missing or not a colour in the dark mode: the categorical chart colours are checked against it.",
    ]);
  });
});

describe("chart palette in the build outputs", () => {
  it("emits every chart colour per mode as CSS variables, TS/JSON and both Tailwind themes", async () => {
    const outDir = path.join(await tempDir(), "dist");
    const run = await cli([
      "build",
      "--tokens-dir",
      await copyOfShippedTokens(),
      "--out-dir",
      outDir,
    ]);
    expect(run.code).toBe(0);
    const read = (name: string) => readFile(path.join(outDir, name), "utf8");
    const css = await read("tokens.css");
    // Light on :root, dark under [data-theme="dark"]: categorical 1 differs per mode.
    const [light, dark] = css.split('[data-theme="dark"]');
    expect(light).toContain("--nx-color-chart-categorical-1: #2563eb;");
    expect(dark).toContain("--nx-color-chart-categorical-1: #60a5fa;");
    for (const group of [
      "categorical-8",
      "sequential-7",
      "diverging-9",
      "surface",
      "grid",
      "axis",
    ]) {
      expect(light).toContain(`--nx-color-chart-${group}:`);
      expect(dark).toContain(`--nx-color-chart-${group}:`);
    }
    expect(await read("theme.css")).toContain(
      "--color-chart-categorical-1: var(--nx-color-chart-categorical-1);",
    );
    expect(await read("tailwind-preset.js")).toContain(
      '"chart-diverging-5": "var(--nx-color-chart-diverging-5)"',
    );
    expect(await read("index.d.ts")).toContain('"color.chart.sequential.7"');
    const json = JSON.parse(await read("tokens.json")) as Record<string, unknown>;
    expect(JSON.stringify(json)).toContain("color.chart.categorical.8");
  });
});
