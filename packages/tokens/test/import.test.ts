import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, FIXTURES, snapshotDir, tempDir, tokenValues } from "./helpers";

async function importInto(inputs: string[], args: string[] = []) {
  const tokensDir = path.join(await tempDir(), "tokens");
  const run = await cli(["import", ...inputs, "--tokens-dir", tokensDir, ...args]);
  return { ...run, tokensDir };
}

async function allValues(dir: string) {
  const files = Object.keys(await snapshotDir(dir));
  const entries = await Promise.all(
    files.map(async (f) => [f, await tokenValues(path.join(dir, f))] as const),
  );
  return Object.fromEntries(entries);
}

describe("import", () => {
  it("a saved REST response maps exactly like pull", async () => {
    const run = await importInto([path.join(FIXTURES, "figma-variables.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Figma REST response");
    const expected = path.join(FIXTURES, "expected-pull");
    expect(await allValues(run.tokensDir)).toEqual(await allValues(expected));
  });

  it("Figma's native *.tokens.json export gives the same tokens as the API", async () => {
    const run = await importInto([path.join(FIXTURES, "figma-export")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Figma variables export");
    // Same-collection aliases come back from {A.B}, cross-collection ones from aliasData; the
    // library alias stays the literal the export resolved.
    expect(await allValues(run.tokensDir)).toEqual(
      await allValues(path.join(FIXTURES, "expected-pull")),
    );
  });

  it("the export's files can also be passed one by one", async () => {
    const dir = path.join(FIXTURES, "figma-export");
    const names = [
      "Primitives.tokens.json",
      "Semantic.Light.tokens.json",
      "Semantic.Dark.tokens.json",
    ];
    const run = await importInto(names.map((n) => path.join(dir, n)));
    expect(run.code).toBe(0);
    const light = await tokenValues(path.join(run.tokensDir, "semantic.light.json"));
    expect(light["text.default"]).toBe("{text.strong}");
    expect(light["background.surface-raised"]).toBe("{color.neutral.0}");
  });

  it("a Tokens Studio file: theme group → collection with modes, other sets → own collection", async () => {
    const run = await importInto([path.join(FIXTURES, "tokens-studio.json")]);
    expect(run.code).toBe(0);
    const values = await allValues(run.tokensDir);
    expect(Object.keys(values).sort()).toEqual(["core.json", "mode.dark.json", "mode.light.json"]);
    expect(values["mode.light.json"]).toEqual({ bg: "{color.white}", fg: "{color.gray.900}" });
    expect(values["mode.dark.json"]).toEqual({ bg: "{color.gray.900}", fg: "{color.gray.100}" });
    expect(values["core.json"]).toMatchObject({
      "color.scrim": "#00000080",
      "spacing.sm": { value: 8, unit: "px" },
      "spacing.md": { value: 16, unit: "px" },
      "font.weight.bold": 700,
      "opacity.muted": 0.5,
    });
    expect(run.stdout).toMatch(/skipped 3 token\(s\).*color\/tinted.*font\/body.*spacing\/lg/);
  });

  it("a Tokens Studio folder ($themes.json, $metadata.json, one file per set)", async () => {
    const json = JSON.parse(
      await readFile(path.join(FIXTURES, "tokens-studio.json"), "utf8"),
    ) as Record<string, unknown>;
    const folder = path.join(await tempDir(), "studio");
    await mkdir(folder);
    for (const [name, content] of Object.entries(json)) {
      await writeFile(path.join(folder, `${name}.json`), JSON.stringify(content));
    }
    const fromFolder = await importInto([folder]);
    const fromFile = await importInto([path.join(FIXTURES, "tokens-studio.json")]);
    expect(fromFolder.code).toBe(0);
    expect(await allValues(fromFolder.tokensDir)).toEqual(await allValues(fromFile.tokensDir));
  });

  it("--check reports drift and writes nothing", async () => {
    const run = await importInto([path.join(FIXTURES, "tokens-studio.json")]);
    const file = path.join(run.tokensDir, "core.json");
    await writeFile(file, (await readFile(file, "utf8")).replace("#f4f4f5", "#eeeeee"));
    const before = await snapshotDir(run.tokensDir);
    const check = await cli([
      "import",
      path.join(FIXTURES, "tokens-studio.json"),
      "--check",
      "--tokens-dir",
      run.tokensDir,
    ]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("~ color.gray.100 (core.json)");
    expect(await snapshotDir(run.tokensDir)).toEqual(before);
  });

  it("rejects a file it does not recognise, writing nothing", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "random.json");
    await writeFile(file, JSON.stringify({ hello: "world" }));
    const run = await importInto([file]);
    // 5: the input cannot be synced (1 is kept for drift under --check).
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/random\.json is not a format nexod-tokens import reads/);
    expect(await snapshotDir(run.tokensDir)).toEqual({});
  });
});
