import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  BUILD_OUTPUTS,
  cli,
  copyOfShippedTokens,
  readJsonFile,
  SHIPPED_TOKENS,
  snapshotDir,
  tempDir,
} from "./helpers";

async function buildShipped(tokensDir = SHIPPED_TOKENS) {
  const outDir = path.join(await tempDir(), "dist");
  const run = await cli(["build", "--tokens-dir", tokensDir, "--out-dir", outDir]);
  return { ...run, outDir, read: (name: string) => readFile(path.join(outDir, name), "utf8") };
}

const STEPS = ["50", "100", "200", "300", "400", "500", "600", "700", "800", "900", "950"];
const SEMANTIC = [
  "background",
  "foreground",
  "surface",
  "surface-foreground",
  "raised",
  "raised-foreground",
  "overlay",
  "muted",
  "muted-foreground",
  "subtle",
  "subtle-foreground",
  "border",
  "input",
  "ring",
  "disabled",
  "disabled-foreground",
  ...["primary", "secondary", "accent", "destructive", "success", "warning", "info"].flatMap(
    (c) => [c, `${c}-foreground`],
  ),
];
const SPACING = [
  "0",
  "px",
  "0_5",
  "1",
  "1_5",
  "2",
  "2_5",
  "3",
  "3_5",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "10",
  "11",
  "12",
  "14",
  "16",
  "20",
  "24",
  "28",
  "32",
  "36",
  "40",
  "44",
  "48",
  "52",
  "56",
  "60",
  "64",
  "72",
  "80",
  "96",
];
const SIZES = ["xs", "sm", "base", "lg", "xl", "2xl", "3xl", "4xl"];

const TEXT_STYLES = [
  "display",
  "title-lg",
  "title-md",
  "title-sm",
  "heading",
  "body",
  "body-strong",
  "caption",
  "label",
  "code",
];
const TEXT_STYLE_PARTS = [
  "font-family",
  "font-size",
  "font-weight",
  "line-height",
  "letter-spacing",
];

/** Every token path in docs/architecture.md's "Token names" table. */
const CONTRACT = [
  ...["neutral", "brand", "red", "amber", "green", "blue"].flatMap((p) =>
    STEPS.map((s) => `color.${p}.${s}`),
  ),
  ...SEMANTIC.map((name) => `color.${name}`),
  ...SPACING.map((s) => `spacing.${s}`),
  ...["none", "sm", "md", "lg", "xl", "2xl", "full"].map((r) => `radius.${r}`),
  "font.family.sans",
  "font.family.mono",
  ...SIZES.flatMap((s) => [`font.size.${s}`, `font.line-height.${s}`]),
  ...["regular", "medium", "semibold", "bold"].map((w) => `font.weight.${w}`),
  ...["sm", "md", "lg", "xl"].map((s) => `shadow.${s}`),
  ...["base", "dropdown", "sticky", "overlay", "modal", "popover", "toast", "tooltip"].map(
    (z) => `z.${z}`,
  ),
  ...["fast", "normal", "slow"].map((d) => `duration.${d}`),
  ...["standard", "in", "out", "emphasized"].map((e) => `ease.${e}`),
  ...["sm", "md", "lg", "xl", "2xl"].map((b) => `breakpoint.${b}`),
  ...TEXT_STYLES.flatMap((style) => TEXT_STYLE_PARTS.map((part) => `text.${style}.${part}`)),
];

describe("build", () => {
  it("writes every output, with every token the contract names", async () => {
    const build = await buildShipped();
    expect(build.code).toBe(0);
    expect(Object.keys(await snapshotDir(build.outDir)).sort()).toEqual(BUILD_OUTPUTS);
    const json = JSON.parse(await build.read("tokens.json")) as {
      modes: string[];
      tokens: Record<string, { cssVar: string }>;
    };
    expect(json.modes).toEqual(["light", "dark"]);
    const missing = CONTRACT.filter(
      (p) => json.tokens[p]?.cssVar !== `--nx-${p.replaceAll(".", "-")}`,
    );
    expect(missing).toEqual([]);
  });

  it("tokens.css holds only custom properties: light and the rest on :root (and on light regions), dark on [data-theme=dark] and .dark", async () => {
    const css = await (await buildShipped()).read("tokens.css");
    const body = css.replace(/\/\*[\s\S]*?\*\//g, "");
    const selectors = [...body.matchAll(/([^{}]+)\{/g)].map((m) => (m[1] as string).trim());
    expect(selectors).toEqual([
      ':root,\n[data-theme="light"],\n.light',
      '[data-theme="dark"],\n.dark',
    ]);
    const declarations = [...body.matchAll(/\{([^}]*)\}/g)].flatMap((m) =>
      (m[1] as string).trim().split("\n"),
    );
    expect(declarations.filter((line) => !/^\s*--nx-[a-z0-9_-]+: [^;]+;$/.test(line))).toEqual([]);
    // Sizes: px in git, rem in CSS. Semantic colours reference the palette. No float noise.
    expect(css).toContain("--nx-spacing-4: 1rem;");
    expect(css).toContain("--nx-spacing-0_5: 0.125rem;");
    expect(css).toContain("--nx-font-size-sm: 0.875rem;");
    expect(css).toContain("--nx-color-primary: var(--nx-color-brand-600);");
    expect(css).toContain("--nx-color-overlay: #00000080;");
    expect(css).not.toMatch(/\d\.\d{5,}/);
    // Text styles reference the font tokens, so overriding the type scale reaches them.
    expect(css).toContain("--nx-text-title-lg-font-size: var(--nx-font-size-3xl);");
    expect(css).toContain("--nx-text-title-lg-line-height: var(--nx-font-line-height-3xl);");
    expect(css).toContain("--nx-text-code-font-family: var(--nx-font-family-mono);");
    expect(css).toContain("--nx-text-body-strong-font-weight: var(--nx-font-weight-semibold);");
    expect(css).toContain("--nx-text-display-letter-spacing: -0.0469rem;");
    const dark = body.slice(body.indexOf('[data-theme="dark"]'));
    expect(dark).toContain("--nx-color-primary: var(--nx-color-brand-400);");
    expect(dark).not.toContain("--nx-color-brand-400:");
  });

  it("theme.css is only an @theme inline block and the dark variant, semantic colours only", async () => {
    const css = await (await buildShipped()).read("theme.css");
    const body = css.replace(/\/\*[\s\S]*?\*\//g, "").trim();
    expect(body).toMatch(
      /^@theme inline \{[^}]*\}\s*@custom-variant dark \(&:where\(\[data-theme="dark"\], \[data-theme="dark"\] \*, \.dark, \.dark \*\)\);$/,
    );
    expect(body).not.toContain("@import");
    for (const line of [
      "--color-primary: var(--nx-color-primary);",
      "--color-muted-foreground: var(--nx-color-muted-foreground);",
      "--spacing-0_5: var(--nx-spacing-0_5);",
      "--radius-md: var(--nx-radius-md);",
      "--text-sm: var(--nx-font-size-sm);",
      "--text-sm--line-height: var(--nx-font-line-height-sm);",
      "--font-sans: var(--nx-font-family-sans);",
      "--font-weight-medium: var(--nx-font-weight-medium);",
      "--shadow-md: var(--nx-shadow-md);",
      "--ease-standard: var(--nx-ease-standard);",
      "--breakpoint-md: 48rem;",
      "--text-title-lg: var(--nx-text-title-lg-font-size);",
      "--text-title-lg--line-height: var(--nx-text-title-lg-line-height);",
      "--text-title-lg--font-weight: var(--nx-text-title-lg-font-weight);",
      "--text-title-lg--letter-spacing: var(--nx-text-title-lg-letter-spacing);",
    ]) {
      expect(body).toContain(line);
    }
    expect(body).not.toContain("--color-brand-");
  });

  it("index.js exports typed names, CSS variables and per-mode values", async () => {
    const build = await buildShipped();
    const mod = (await import(pathToFileURL(path.join(build.outDir, "index.js")).href)) as {
      tokens: Record<string, { cssVar: string; value: string; modes?: Record<string, string> }>;
      cssVar: (name: string) => string;
      contrast: { ratio: number; min: number }[];
    };
    expect(mod.cssVar("color.primary")).toBe("var(--nx-color-primary)");
    expect(mod.tokens["color.primary"]?.modes).toEqual({ light: "#7158ee", dark: "#aca9ff" });
    expect(mod.tokens["spacing.4"]?.value).toBe("1rem");
    expect(mod.contrast.length).toBeGreaterThan(0);
    expect(mod.contrast.every((pair) => pair.ratio >= pair.min)).toBe(true);
    const dts = await build.read("index.d.ts");
    expect(dts).toContain('readonly "color.primary": {');
    expect(dts).toContain('readonly "cssVar": "--nx-color-primary";');
    expect(mod.cssVar("text.caption.font-size")).toBe("var(--nx-text-caption-font-size)");
    expect(mod.tokens["text.caption.font-size"]?.value).toBe("0.75rem");
  });

  it("a failing build leaves dist/ as it was", async () => {
    const first = await buildShipped();
    const before = await snapshotDir(first.outDir);
    const tokensDir = await copyOfShippedTokens();
    const file = path.join(tokensDir, "semantic.dark.json");
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace('"{color.neutral.950}"', '"{color.neutral.999}"'),
    );
    const run = await cli(["build", "--tokens-dir", tokensDir, "--out-dir", first.outDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("nothing was built");
    expect(run.stderr).toContain(
      "references {color.neutral.999}, which does not exist in the dark mode",
    );
    expect(await snapshotDir(first.outDir)).toEqual(before);
  });

  it("rejects DTCG $root groups, which Style Dictionary 5.5 mishandles", async () => {
    const tokensDir = await copyOfShippedTokens();
    const file = path.join(tokensDir, "z-index.json");
    const tree = await readJsonFile(file);
    (tree.z as Record<string, unknown>).$root = { $value: 5 };
    await writeFile(file, JSON.stringify(tree));
    const run = await cli(["check", "--tokens-dir", tokensDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('z-index.json: z has unknown property "$root"');
  });
});
