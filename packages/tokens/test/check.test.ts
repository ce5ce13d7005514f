import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, copyOfShippedTokens } from "./helpers";

/** A copy of the shipped tokens with one text replacement in one file. */
async function plant(file: string, from: string, to: string) {
  const tokensDir = await copyOfShippedTokens();
  const target = path.join(tokensDir, file);
  const text = await readFile(target, "utf8");
  expect(text).toContain(from);
  await writeFile(target, text.replace(from, to));
  return tokensDir;
}

/** Replaces the `$value` of one token in a DTCG file. */
async function plantValue(file: string, tokenPath: string, value: unknown) {
  const tokensDir = await copyOfShippedTokens();
  const target = path.join(tokensDir, file);
  const tree = JSON.parse(await readFile(target, "utf8")) as Record<string, unknown>;
  const token = tokenPath
    .split(".")
    .reduce((node, key) => (node as Record<string, unknown>)[key], tree as unknown);
  (token as Record<string, unknown>).$value = value;
  await writeFile(target, JSON.stringify(tree));
  return tokensDir;
}

const check = (tokensDir: string) => cli(["check", "--tokens-dir", tokensDir]);

/** A copy of the shipped tokens where, in `file`, color.ring → color.primary → color.ring. */
async function plantRingPrimaryCycle(file: string): Promise<string> {
  const tokensDir = await plantValue(file, "color.ring", "{color.primary}");
  const cyclic = path.join(tokensDir, file);
  const tree = JSON.parse(await readFile(cyclic, "utf8")) as {
    color: Record<string, { $value: string }>;
  };
  (tree.color.primary as { $value: string }).$value = "{color.ring}";
  await writeFile(cyclic, JSON.stringify(tree));
  return tokensDir;
}

describe("check", () => {
  it("passes on the shipped tokens, every pair meeting AA in both modes", async () => {
    const run = await check(await copyOfShippedTokens());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Tokens OK: \d+ tokens, 2 mode\(s\), \d+ contrast pairs pass WCAG 2\.2 AA\./,
    );
  });

  it("fails on a planted low-contrast text pair, naming the pair, mode and ratio", async () => {
    const tokensDir = await plantValue(
      "semantic.dark.json",
      "color.primary-foreground",
      "{color.brand.300}",
    );
    const run = await check(tokensDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Contrast too low in the dark mode: color\.primary-foreground on color\.primary is 1\.\d\d:1, needs 4\.5:1/,
    );
    expect(run.stderr).not.toContain("light mode");
  });

  it("fails on a declared UI pair below 3:1", async () => {
    const tokensDir = await plantValue("semantic.light.json", "color.input", "{color.neutral.200}");
    const run = await check(tokensDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /light mode: color\.input on color\.background is 1\.\d\d:1, needs 3:1/,
    );
  });

  it("the build refuses to run on a failing check", async () => {
    const tokensDir = await plantValue(
      "semantic.light.json",
      "color.muted-foreground",
      "{color.neutral.400}",
    );
    const run = await cli([
      "build",
      "--tokens-dir",
      tokensDir,
      "--out-dir",
      path.join(tokensDir, "..", "dist"),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /color\.muted-foreground on color\.muted is \d\.\d\d:1, needs 4\.5:1/,
    );
  });

  it("reports an alias cycle with its members", async () => {
    const tokensDir = await plantRingPrimaryCycle("semantic.light.json");
    const run = await check(tokensDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Alias cycle in the light mode \(semantic\.light\.json\): color\.(primary|ring) → color\.(ring|primary) → color\.\1; break the loop there\./,
    );
  });

  it("names the mode and file of a cycle that exists in the dark mode only", async () => {
    const tokensDir = await plantRingPrimaryCycle("semantic.dark.json");
    const run = await check(tokensDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Alias cycle in the dark mode \(semantic\.dark\.json\): color\./);
    expect(run.stderr).not.toMatch(/Alias cycle in the light mode/);
  });

  it("reports a token that one mode lacks", async () => {
    const tokensDir = await copyOfShippedTokens();
    const file = path.join(tokensDir, "semantic.dark.json");
    const tree = JSON.parse(await readFile(file, "utf8")) as { color: Record<string, unknown> };
    delete tree.color.accent;
    await writeFile(file, JSON.stringify(tree));
    const run = await check(tokensDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "color.accent is defined in semantic.light.json but missing from semantic.dark.json.",
    );
  });

  it("reports schema problems with the file, path and expected shape", async () => {
    const tokensDir = await plant(
      "typography.json",
      '"value": 14, "unit": "px"',
      '"value": 14, "unit": "pt"',
    );
    const run = await check(tokensDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'typography.json: font.size.sm has $value {"value":14,"unit":"pt"}; a dimension must be',
    );
  });

  it("reports a text style that lacks a part or references a token of the wrong type", async () => {
    const missing = await plantValue("text.json", "text.body", {
      fontFamily: "{font.family.sans}",
      fontSize: "{font.size.sm}",
      fontWeight: "{font.weight.regular}",
      lineHeight: "{font.line-height.sm}",
    });
    const run = await check(missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("text.json: text.body has $value");
    expect(run.stderr).toContain("a typography must be an object with exactly fontFamily");

    const wrongType = await plantValue("text.json", "text.caption", {
      fontFamily: "{font.family.sans}",
      fontSize: "{font.weight.bold}",
      fontWeight: "{font.weight.regular}",
      lineHeight: "{font.line-height.xs}",
      letterSpacing: { value: 0, unit: "px" },
    });
    const second = await check(wrongType);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      "text.caption (text.json): its fontSize references {font.weight.bold}, a fontWeight; it must be a dimension.",
    );
  });

  it("reports a declared pair that names an unknown token", async () => {
    const tokensDir = await plant(
      "$contrast.json",
      '"foreground": "color.ring"',
      '"foreground": "color.rings"',
    );
    const run = await check(tokensDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "Contrast pair color.rings on color.background: color.rings is not a colour in the light mode.",
    );
  });
});
