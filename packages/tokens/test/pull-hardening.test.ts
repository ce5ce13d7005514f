import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, FIXTURES, snapshotDir, tempDir } from "./helpers";
import { figmaError, figmaOk, startMockFigma, type MockResponse } from "@nexod/figma-rest/testing";

const TOKEN = "figd_hardening-token-never-printed";
const FILE_KEY = "AbCdEf123";

type Variable = Record<string, unknown> & { valuesByMode: Record<string, unknown> };
type Fixture = {
  meta: { variables: Record<string, Variable>; variableCollections: Record<string, Variable> };
};

async function fixture(): Promise<Fixture> {
  return JSON.parse(await readFile(path.join(FIXTURES, "figma-variables.json"), "utf8")) as Fixture;
}

/** A tokens dir holding a pull of the fixture (3 synced files). */
async function seededTokens() {
  const tokensDir = path.join(await tempDir(), "tokens");
  const seed = await startMockFigma([figmaOk(await fixture())]);
  const run = await cli(["pull", "--tokens-dir", tokensDir], {
    env: { FIGMA_API_URL: seed.url, FIGMA_FILE_KEY: FILE_KEY, FIGMA_TOKEN: TOKEN },
  });
  expect(run.code).toBe(0);
  return tokensDir;
}

/** `pull` into `tokensDir` against a mock answering `responses`; the token is never printed. */
async function pullInto(
  tokensDir: string,
  responses: MockResponse[],
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
) {
  const figma = await startMockFigma(responses);
  const run = await cli(["pull", "--tokens-dir", tokensDir, ...args], {
    env: { FIGMA_API_URL: figma.url, FIGMA_FILE_KEY: FILE_KEY, FIGMA_TOKEN: TOKEN, ...env },
  });
  expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
  return { ...run, figma };
}

const EMPTY = { meta: { variables: {}, variableCollections: {} } };

describe("case 2: an empty or mode-less answer never deletes the synced files", () => {
  it("refuses a valid but empty response unless --allow-removals", async () => {
    const tokensDir = await seededTokens();
    const before = await snapshotDir(tokensDir);
    const run = await pullInto(tokensDir, [figmaOk(EMPTY)]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain(
      `Figma file ${FILE_KEY} has no variables to sync, so every synced file in ${tokensDir} (primitives.json, semantic.dark.json, semantic.light.json) would be removed. Nothing was written.`,
    );
    expect(await snapshotDir(tokensDir)).toEqual(before);

    const allowed = await pullInto(tokensDir, [figmaOk(EMPTY)], ["--allow-removals"]);
    expect(allowed.stdout).toContain("0 added, 0 changed, 28 removed");
    // tokens/ is now empty, which check rejects: the sync says so and exits non-zero.
    expect(allowed.code).toBe(5);
    expect(allowed.stderr).toContain("No token files (*.json) found");
  });

  it("refuses a collection without modes, naming it", async () => {
    const tokensDir = await seededTokens();
    const json = await fixture();
    (json.meta.variableCollections["VariableCollectionId:2:1"] as Variable).modes = [];
    const run = await pullInto(tokensDir, [figmaOk(json)]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain(
      'variable collection "Semantic" (VariableCollectionId:2:1) has no modes, so its variables have no values. Nothing was written.',
    );
  });

  it("exits non-zero when the synced tokens fail check", async () => {
    const json = await fixture();
    // Same colour for a role and its foreground: 1:1 contrast.
    (json.meta.variables["VariableID:2:3"] as Variable).name = "Color/Ink";
    (json.meta.variables["VariableID:2:4"] as Variable).name = "Color/Ink Foreground";
    const tokensDir = path.join(await tempDir(), "tokens");
    const run = await pullInto(tokensDir, [figmaOk(json)]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/fails the token check after the sync;[^]*color\.ink-foreground/);
    const again = await pullInto(tokensDir, [figmaOk(json)], ["--check"]);
    expect(again.code).toBe(5);
  });
});

describe("cases 3–5: credentials and settings", () => {
  it("case 3: does not follow a redirect to another origin with the token", async () => {
    const elsewhere = await startMockFigma([figmaOk(await fixture())]);
    const target = `${elsewhere.url.replace("127.0.0.1", "localhost")}/v1/steal`;
    const run = await pullInto(path.join(await tempDir(), "tokens"), [
      { status: 302, body: "", headers: { location: target } },
    ]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(
      `redirected the request to ${new URL(target).origin}, another origin; the token was not sent there.`,
    );
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("case 3: follows a redirect within the same origin", async () => {
    const run = await pullInto(path.join(await tempDir(), "tokens"), [
      { status: 307, body: "", headers: { location: "/moved/variables" } },
      figmaOk(await fixture()),
    ]);
    expect(run.code).toBe(0);
    expect(run.figma.requests[1]?.url).toBe("/moved/variables");
    expect(run.figma.requests[1]?.headers["x-figma-token"]).toBe(TOKEN);
  });

  it("case 4: trims a padded token once and redacts what was sent", async () => {
    const run = await pullInto(
      path.join(await tempDir(), "tokens"),
      [figmaError(403, `Token ${TOKEN} is invalid`)],
      [],
      { FIGMA_TOKEN: `  ${TOKEN}  \n` },
    );
    expect(run.code).toBe(4);
    expect(run.figma.requests[0]?.headers["x-figma-token"]).toBe(TOKEN);
    expect(run.stderr).toContain('Figma said: "Token *** is invalid"');
  });

  it("case 5: a malformed FIGMA_API_URL fails at once", async () => {
    for (const [url, message] of [
      ["api.figma.com", 'FIGMA_API_URL "api.figma.com" is not a URL.'],
      ["ftp://api.figma.com", 'FIGMA_API_URL "ftp://api.figma.com" uses ftp:'],
    ]) {
      const run = await pullInto(path.join(await tempDir(), "tokens"), [figmaOk({})], [], {
        FIGMA_API_URL: url,
      });
      expect(run.code).toBe(4);
      expect(run.stderr).toContain(message);
      expect(run.sleeps).toEqual([]);
    }
  });

  it("case 5: credentials in FIGMA_API_URL are refused and never printed", async () => {
    const figma = await startMockFigma([figmaOk(await fixture())]);
    const url = figma.url.replace("http://", "http://user:hunter2secret@");
    const run = await pullInto(path.join(await tempDir(), "tokens"), [figmaOk({})], [], {
      FIGMA_API_URL: url,
    });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("holds a user name or password");
    expect(`${run.stdout}${run.stderr}`).not.toContain("hunter2secret");
    expect(run.sleeps).toEqual([]);
    expect(figma.requests).toHaveLength(0);
  });

  it("case 5: a token with a character a header cannot carry fails at once", async () => {
    const run = await pullInto(path.join(await tempDir(), "tokens"), [figmaOk({})], [], {
      FIGMA_TOKEN: `${TOKEN}\u00e9x`,
    });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(
      `FIGMA_TOKEN has a character that cannot be sent in an HTTP header (a space, line break or non-ASCII character at position ${TOKEN.length + 1}).`,
    );
    expect(run.sleeps).toEqual([]);
    expect(run.figma.requests).toHaveLength(0);
  });

  it("case 5: a --timeout the timer cannot hold is a usage error", async () => {
    const run = await pullInto(
      path.join(await tempDir(), "tokens"),
      [figmaOk({})],
      ["--timeout", "3000000"],
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--timeout must be a number of seconds above 0 and at most 3600, got "3000000".',
    );
    expect(run.figma.requests).toHaveLength(0);
  });
});

describe("case 6: variable types", () => {
  it("refuses an unknown or missing resolvedType instead of writing a boolean", async () => {
    const json = await fixture();
    (json.meta.variables["VariableID:1:13"] as Variable).resolvedType = "INTEGER";
    delete (json.meta.variables["VariableID:1:12"] as Variable).resolvedType;
    const tokensDir = path.join(await tempDir(), "tokens");
    const run = await pullInto(tokensDir, [figmaOk(json)]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain(
      'Figma variable "Feature/Rounded Corners" in collection "Primitives" has resolvedType "INTEGER"; nexod-tokens maps BOOLEAN, COLOR, FLOAT and STRING variables.',
    );
    expect(run.stderr).toContain(
      'Figma variable "Font/Family/Sans" in collection "Primitives" has no resolvedType;',
    );
    expect(await snapshotDir(tokensDir)).toEqual({});
  });
});

describe("case 8: pull --check exit codes", () => {
  it("tells drift (1) from an outage (3), refused access (4) and bad data (5)", async () => {
    const tokensDir = await seededTokens();
    const json = await fixture();
    (json.meta.variables["VariableID:1:9"] as Variable).valuesByMode["1:0"] = 8;
    expect((await pullInto(tokensDir, [figmaOk(await fixture())], ["--check"])).code).toBe(0);
    expect((await pullInto(tokensDir, [figmaOk(json)], ["--check"])).code).toBe(1);
    const outage = await pullInto(tokensDir, [figmaError(503, "Unavailable")], ["--check"]);
    expect(outage.code).toBe(3);
    expect(outage.stderr).toContain("answered 503 4 times in a row");
    expect((await pullInto(tokensDir, [figmaError(401, "No")], ["--check"])).code).toBe(4);
    expect((await pullInto(tokensDir, [figmaOk(EMPTY)], ["--check"])).code).toBe(5);
  });
});

describe("case 9: alias cycles", () => {
  it("names the collection and the mode of a cycle that exists in Dark only", async () => {
    const json = await fixture();
    (json.meta.variables["VariableID:2:3"] as Variable).valuesByMode["2:1"] = {
      type: "VARIABLE_ALIAS",
      id: "VariableID:2:4",
    };
    const run = await pullInto(path.join(await tempDir(), "tokens"), [figmaOk(json)]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(
      /Alias cycle in Figma collection "Semantic", mode "Dark": "Text\/(Strong|Default)" → "Text\/(Default|Strong)" → "Text\/(Strong|Default)"\. Break the loop in Figma in that mode\./,
    );
  });
});
