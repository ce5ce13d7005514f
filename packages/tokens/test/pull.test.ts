import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, FIXTURES, readJsonFile, snapshotDir, tempDir, tokenValues } from "./helpers";
import { figmaError, figmaOk, startMockFigma, type MockResponse } from "@nexod/figma-rest/testing";

const TOKEN = "figd_test-token-that-must-never-be-printed";
const FILE_KEY = "AbCdEf123";

async function fixture() {
  return JSON.parse(await readFile(path.join(FIXTURES, "figma-variables.json"), "utf8")) as {
    meta: { variables: Record<string, Record<string, unknown>> };
  };
}

/** Runs `pull` against a mock Figma answering `responses`, into a fresh tokens dir. */
async function pull(responses: MockResponse[], args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const figma = await startMockFigma(responses);
  const tokensDir = path.join(await tempDir(), "tokens");
  const run = await cli(["pull", "--tokens-dir", tokensDir, ...args], {
    env: { FIGMA_API_URL: figma.url, FIGMA_FILE_KEY: FILE_KEY, FIGMA_TOKEN: TOKEN, ...env },
  });
  expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
  return { ...run, figma, tokensDir };
}

describe("pull", () => {
  it("writes one DTCG file per collection and mode, as expected", async () => {
    const run = await pull([figmaOk(await fixture())]);
    expect(run.code).toBe(0);
    const files = await snapshotDir(run.tokensDir);
    expect(Object.keys(files)).toEqual([
      "primitives.json",
      "semantic.dark.json",
      "semantic.light.json",
    ]);
    for (const name of Object.keys(files)) {
      expect(JSON.parse(files[name] as string), name).toEqual(
        await readJsonFile(path.join(FIXTURES, "expected-pull", name)),
      );
    }
    expect(run.figma.requests[0]?.url).toBe(`/v1/files/${FILE_KEY}/variables/local`);
    expect(run.figma.requests[0]?.headers["x-figma-token"]).toBe(TOKEN);
    expect(run.stdout).toContain("28 added, 0 changed, 0 removed");
  });

  it("maps colours, aliases, names and numbers by the rules", async () => {
    const run = await pull([figmaOk(await fixture())]);
    const primitives = await tokenValues(path.join(run.tokensDir, "primitives.json"));
    const light = await tokenValues(path.join(run.tokensDir, "semantic.light.json"));
    const dark = await tokenValues(path.join(run.tokensDir, "semantic.dark.json"));
    // Rounded, not truncated: 0.2345 × 255 = 59.8 → 0x3c (truncation would give 0x3b).
    expect(primitives["color.brand.600"]).toBe("#3c82f6");
    expect(primitives["color.black-alpha.50"]).toBe("#00000080");
    expect(light["overlay.scrim"]).toBe("#00000099");
    expect(dark["overlay.scrim"]).toBe("#000000cc");
    // Float32 noise (0.6000000238418579) never reaches the output.
    expect(primitives["opacity.scrim"]).toBe(0.6);
    expect(primitives["spacing.0_5"]).toEqual({ value: 2, unit: "px" });
    expect(primitives["font.weight.semi-bold"]).toBe(600);
    // Aliases across collections, per mode, and chains within a collection.
    expect(light["background.surface-raised"]).toBe("{color.neutral.0}");
    expect(dark["background.surface-raised"]).toBe("{color.neutral.950}");
    expect(light["text.default"]).toBe("{text.strong}");
    expect(light["border.focus-ring"]).toBe("{color.brand.600}");
    expect(dark["spacing.gap-large"]).toBe("{spacing.4}");
    // A hidden local target and a library (remote) chain are resolved to values.
    expect(light["info.default"]).toBe("#0475e1");
    expect(dark["info.default"]).toBe("#3366cc");
    // Hidden, deleted and library variables are not written as tokens.
    expect(Object.keys(primitives)).not.toContain("internal.hidden-blue");
    expect(Object.keys(primitives)).not.toContain("old.removed-red");
    expect(Object.keys(light)).not.toContain("debug.outline");
    expect(run.stdout).toContain('deleted in Figma but still referenced: "Old/Removed Red"');
    const tree = await readJsonFile(path.join(run.tokensDir, "semantic.light.json"));
    expect(tree).toMatchObject({
      $extensions: { "com.figma": { collection: "Semantic", mode: "Light", defaultMode: true } },
      text: { default: { $description: "Body text." } },
    });
  });

  it("keeps hidden variables with --include-hidden", async () => {
    const run = await pull([figmaOk(await fixture())], ["--include-hidden"]);
    const light = await tokenValues(path.join(run.tokensDir, "semantic.light.json"));
    expect(light["debug.outline"]).toBe("#ff0000");
    expect(light["info.default"]).toBe("{internal.hidden-blue}");
  });

  it("sends an OAuth token as a Bearer token", async () => {
    const oauth = "figu_oauth-token-secret";
    const run = await pull([figmaOk(await fixture())], [], { FIGMA_TOKEN: oauth });
    expect(run.figma.requests[0]?.headers.authorization).toBe(`Bearer ${oauth}`);
    expect(run.figma.requests[0]?.headers["x-figma-token"]).toBeUndefined();
  });

  it("--check exits 1 with a diff summary when git's tokens differ, and writes nothing", async () => {
    const first = await pull([figmaOk(await fixture())]);
    const figma = await startMockFigma([figmaOk(await fixture())]);
    const env = { FIGMA_API_URL: figma.url, FIGMA_FILE_KEY: FILE_KEY, FIGMA_TOKEN: TOKEN };
    const clean = await cli(["pull", "--check", "--tokens-dir", first.tokensDir], { env });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("up to date");

    const file = path.join(first.tokensDir, "semantic.dark.json");
    const edited = (await readFile(file, "utf8")).replace('"{color.brand.400}"', '"#123456"');
    await writeFile(file, edited);
    const before = await snapshotDir(first.tokensDir);
    const drift = await cli(["pull", "--check", "--tokens-dir", first.tokensDir], { env });
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain("0 added, 1 changed, 0 removed");
    expect(drift.stdout).toContain("~ border.focus-ring (semantic.dark.json)");
    expect(await snapshotDir(first.tokensDir)).toEqual(before);
  });

  it("replaces synced files, removes stale ones and leaves hand-written files alone", async () => {
    const tokensDir = path.join(await tempDir(), "tokens");
    const stale = {
      $extensions: { "com.figma": { collection: "Old", mode: "Value" } },
      x: { $type: "number", $value: 1 },
    };
    const handWritten = '{ "z": { "$type": "number", "$value": 1 } }\n';
    const figma = await startMockFigma([figmaOk(await fixture())]);
    await cli(["pull", "--tokens-dir", tokensDir], {
      env: { FIGMA_API_URL: figma.url, FIGMA_FILE_KEY: FILE_KEY, FIGMA_TOKEN: TOKEN },
    });
    await writeFile(path.join(tokensDir, "old.json"), JSON.stringify(stale));
    await writeFile(path.join(tokensDir, "z-index.json"), handWritten);
    const run = await cli(["pull", "--tokens-dir", tokensDir], {
      env: { FIGMA_API_URL: figma.url, FIGMA_FILE_KEY: FILE_KEY, FIGMA_TOKEN: TOKEN },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 added, 0 changed, 1 removed");
    const files = await snapshotDir(tokensDir);
    expect(Object.keys(files)).not.toContain("old.json");
    expect(files["z-index.json"]).toBe(handWritten);
  });
});

describe("text styles and a sync", () => {
  it("keeps a hand-written text style that references synced variables, and builds it", async () => {
    const env = { FIGMA_FILE_KEY: FILE_KEY, FIGMA_TOKEN: TOKEN };
    const tokensDir = path.join(await tempDir(), "tokens");
    const first = await startMockFigma([figmaOk(await fixture())]);
    await cli(["pull", "--tokens-dir", tokensDir], { env: { ...env, FIGMA_API_URL: first.url } });
    // Figma's Variables API has no text styles: they live in a hand-written file whose parts
    // reference the synced font variables.
    const textStyles = `${JSON.stringify({
      text: {
        $type: "typography",
        label: {
          $value: {
            fontFamily: "{font.family.sans}",
            fontSize: { value: 14, unit: "px" },
            fontWeight: "{font.weight.semi-bold}",
            lineHeight: { value: 20, unit: "px" },
            letterSpacing: { value: 0, unit: "px" },
          },
        },
      },
    })}\n`;
    await writeFile(path.join(tokensDir, "text.json"), textStyles);
    const second = await startMockFigma([figmaOk(await fixture())]);
    const run = await cli(["pull", "--tokens-dir", tokensDir], {
      env: { ...env, FIGMA_API_URL: second.url },
    });
    expect(run.code).toBe(0);
    expect(await readFile(path.join(tokensDir, "text.json"), "utf8")).toBe(textStyles);

    const outDir = path.join(await tempDir(), "dist");
    const build = await cli(["build", "--tokens-dir", tokensDir, "--out-dir", outDir]);
    expect(build.code).toBe(0);
    const css = await readFile(path.join(outDir, "tokens.css"), "utf8");
    expect(css).toContain("--nx-text-label-font-family: var(--nx-font-family-sans);");
    expect(css).toContain("--nx-text-label-font-weight: var(--nx-font-weight-semi-bold);");
    expect(css).toContain("--nx-text-label-font-size: 0.875rem;");
  });
});

describe("pull failures leave tokens/ as it was", () => {
  /** Exit codes: 3 Figma unreachable, 4 access refused, 5 variables that cannot be synced. */
  async function expectFailure(
    responses: MockResponse[],
    message: RegExp,
    code: 3 | 4 | 5,
    args: string[] = [],
  ) {
    const figma = await startMockFigma(responses);
    const tokensDir = path.join(await tempDir(), "tokens");
    const seeded = await startMockFigma([figmaOk(await fixture())]);
    const env = { FIGMA_FILE_KEY: FILE_KEY, FIGMA_TOKEN: TOKEN };
    await cli(["pull", "--tokens-dir", tokensDir], { env: { ...env, FIGMA_API_URL: seeded.url } });
    const before = await snapshotDir(tokensDir);
    expect(Object.keys(before)).toHaveLength(3);
    const run = await cli(["pull", "--tokens-dir", tokensDir, ...args], {
      env: { ...env, FIGMA_API_URL: figma.url },
    });
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(code);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
    expect(await snapshotDir(tokensDir)).toEqual(before);
    return { run, figma };
  }

  it("401: names the token as the cause", async () => {
    await expectFailure([figmaError(401, "Unauthorized")], /rejected the token \(401\)/, 4);
  });

  it("403 Invalid token, plan and scope: one sentence each", async () => {
    await expectFailure([figmaError(403, "Invalid token")], /403 Invalid token.*--oauth/, 4);
    await expectFailure(
      [figmaError(403, "Limited by Figma plan")],
      /Enterprise plan.*nexod-tokens import/,
      4,
    );
    await expectFailure(
      [
        figmaError(
          403,
          "Invalid scope(s): files:read. This endpoint requires the file_variables:read scope",
        ),
      ],
      /lacks the file_variables:read scope/,
      4,
    );
  });

  it("404: points at the file key", async () => {
    await expectFailure(
      [figmaError(404, "Not found")],
      /no file with key AbCdEf123.*--file-key/,
      4,
    );
  });

  it("never prints the token, even when Figma echoes it", async () => {
    await expectFailure([figmaError(403, `Token ${TOKEN} is invalid`)], /\*\*\*/, 4);
  });

  it("429 then success: honours Retry-After and writes", async () => {
    const figma = await startMockFigma([
      { ...figmaError(429, "Rate limit exceeded"), headers: { "retry-after": "7" } },
      figmaOk(await fixture()),
    ]);
    const tokensDir = path.join(await tempDir(), "tokens");
    const run = await cli(["pull", "--tokens-dir", tokensDir], {
      env: { FIGMA_API_URL: figma.url, FIGMA_FILE_KEY: FILE_KEY, FIGMA_TOKEN: TOKEN },
    });
    expect(run.code).toBe(0);
    expect(run.sleeps).toEqual([7000]);
    expect(figma.requests).toHaveLength(2);
    expect(Object.keys(await snapshotDir(tokensDir))).toHaveLength(3);
  });

  it("429 with a Retry-After of days: gives up at once with a clear message", async () => {
    const { run, figma } = await expectFailure(
      [
        {
          ...figmaError(429, "Rate limit exceeded"),
          headers: { "retry-after": "396749", "x-figma-rate-limit-type": "low" },
        },
      ],
      /wait 4\.6 days \(Retry-After: 396749\).*View\/Collab/,
      3,
    );
    expect(run.sleeps).toEqual([]);
    expect(figma.requests).toHaveLength(1);
  });

  it("500: retries with backoff, then fails", async () => {
    const { run, figma } = await expectFailure(
      [figmaError(500, "Internal error")],
      /answered 500 4 times in a row/,
      3,
    );
    expect(figma.requests).toHaveLength(4);
    expect(run.sleeps).toHaveLength(3);
    expect(run.sleeps[1]).toBeGreaterThan(run.sleeps[0] as number);
  });

  it("times out a request that never answers", async () => {
    await expectFailure([{ ...figmaOk({}), delayMs: 5000 }], /did not answer within 0\.3 s/, 3, [
      "--timeout",
      "0.3",
    ]);
  });

  it("truncated JSON", async () => {
    const body = JSON.stringify(await fixture());
    await expectFailure(
      [{ status: 200, body: body.slice(0, 500), headers: {} }],
      /not valid JSON/,
      3,
    );
    await expectFailure([{ status: 200, body, truncateAt: 500 }], /cut off/, 3);
  });

  it("a response without meta.variables", async () => {
    await expectFailure([figmaOk({ status: 200, error: false })], /no meta\.variables/, 5);
  });

  it("alias to a missing id", async () => {
    const json = await fixture();
    (
      json.meta.variables["VariableID:2:4"] as { valuesByMode: Record<string, unknown> }
    ).valuesByMode["2:1"] = {
      type: "VARIABLE_ALIAS",
      id: "VariableID:404:1",
    };
    await expectFailure(
      [figmaOk(json)],
      /"Text\/Default" in collection "Semantic", mode "Dark" aliases variable id VariableID:404:1/,
      5,
    );
  });

  it("alias to a variable deleted in Figma", async () => {
    const json = await fixture();
    (
      json.meta.variables["VariableID:2:3"] as { valuesByMode: Record<string, unknown> }
    ).valuesByMode["2:0"] = {
      type: "VARIABLE_ALIAS",
      id: "VariableID:1:15",
    };
    await expectFailure(
      [figmaOk(json)],
      /aliases "Old\/Removed Red", which was deleted in Figma/,
      5,
    );
  });

  it("alias cycle", async () => {
    const json = await fixture();
    (
      json.meta.variables["VariableID:2:3"] as { valuesByMode: Record<string, unknown> }
    ).valuesByMode["2:0"] = {
      type: "VARIABLE_ALIAS",
      id: "VariableID:2:4",
    };
    await expectFailure(
      [figmaOk(json)],
      /Alias cycle in Figma collection "Semantic", mode "Light": "Text\/(Strong|Default)" → "Text\/(Default|Strong)" → /,
      5,
    );
  });

  it("alias to a variable of another type", async () => {
    const json = await fixture();
    (
      json.meta.variables["VariableID:2:5"] as { valuesByMode: Record<string, unknown> }
    ).valuesByMode["2:1"] = {
      type: "VARIABLE_ALIAS",
      id: "VariableID:1:8",
    };
    await expectFailure(
      [figmaOk(json)],
      /"Brand\/Primary" .* \(COLOR\) aliases "Spacing\/4", a FLOAT/,
      5,
    );
  });

  it("two Figma names that normalise to one token path", async () => {
    const json = await fixture();
    (json.meta.variables["VariableID:2:4"] as { name: string }).name = "Text/strong";
    await expectFailure(
      [figmaOk(json)],
      /"Text\/Strong".*and.*"Text\/strong".*both become the token path text\.strong/,
      5,
    );
  });

  it("a variable named like a group", async () => {
    const json = await fixture();
    (json.meta.variables["VariableID:2:3"] as { name: string }).name = "Text";
    await expectFailure(
      [figmaOk(json)],
      /"Text" .* is a token and also the group of .*"Text\/Default"/,
      5,
    );
  });

  it("missing file key or token", async () => {
    const tokensDir = path.join(await tempDir(), "tokens");
    const noKey = await cli(["pull", "--tokens-dir", tokensDir], { env: { FIGMA_TOKEN: TOKEN } });
    expect(noKey.stderr).toMatch(/--file-key or set FIGMA_FILE_KEY/);
    const noToken = await cli(["pull", "--file-key", "x", "--tokens-dir", tokensDir], { env: {} });
    expect(noToken.stderr).toMatch(/needs FIGMA_TOKEN/);
    expect(await snapshotDir(tokensDir)).toEqual({});
  });
});
