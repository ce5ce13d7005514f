import { spawnSync } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_OUTPUTS, cli, copyOfShippedTokens, FIXTURES, tempDir } from "./helpers";
import { figmaOk, startMockFigma } from "@nexod/figma-rest/testing";

/** A pid that is not running: a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.pid"]);
  return child.pid as number;
}

const build = (tokensDir: string | undefined, outDir: string) =>
  cli(["build", ...(tokensDir ? ["--tokens-dir", tokensDir] : []), "--out-dir", outDir]);

describe("case 7: a build's outputs appear together", () => {
  it("finishes a commit a killed build left half-done and removes every leftover", async () => {
    const parent = await tempDir();
    const outDir = path.join(parent, "dist");
    expect((await build(undefined, outDir)).code).toBe(0);
    // A build killed while moving files: a committed staging folder with one file still in it,
    // a staging folder killed before its commit, a temp file of the old writer, a stale lock.
    const committed = path.join(parent, ".dist.nexod-staging-1-aaaaaaaa");
    await mkdir(committed);
    await writeFile(path.join(committed, "theme.css"), "/* from the killed build */\n");
    await writeFile(
      path.join(committed, ".commit.json"),
      JSON.stringify({ write: ["tokens.css", "theme.css"], remove: [] }),
    );
    await mkdir(path.join(parent, ".dist.nexod-staging-2-bbbbbbbb"));
    await writeFile(path.join(outDir, ".tokens.css.4242-0a1b2c3d.tmp"), "half");
    await writeFile(path.join(parent, ".dist.nexod-lock"), String(deadPid()));

    const run = await build(undefined, outDir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((await readdir(outDir)).sort()).toEqual(BUILD_OUTPUTS);
    expect(await readdir(parent)).toEqual(["dist"]);
    expect(await readFile(path.join(outDir, "theme.css"), "utf8")).toContain("@theme inline");
  });

  it("concurrent builds take turns: the outputs all come from one of them", async () => {
    const outDir = path.join(await tempDir(), "dist");
    const changed = await copyOfShippedTokens();
    const file = path.join(changed, "motion.json");
    const motion = await readFile(file, "utf8");
    expect(motion).toContain('"value": 100,');
    await writeFile(file, motion.replace('"value": 100,', '"value": 151,'));
    const runs = await Promise.all([build(undefined, outDir), build(changed, outDir)]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const css = await readFile(path.join(outDir, "tokens.css"), "utf8");
    const json = await readFile(path.join(outDir, "tokens.json"), "utf8");
    expect(css.includes("151ms")).toBe(json.includes("151ms"));
    expect((await readdir(path.dirname(outDir))).sort()).toEqual(["dist"]);
  });

  it("--out-dir pointing at a file is a clear error, not a stack trace", async () => {
    const file = path.join(await tempDir(), "dist");
    await writeFile(file, "not a folder");
    const run = await build(undefined, file);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${file} is a file, not a folder. Pass a folder to --out-dir / --tokens-dir, or move the file away.\n`,
    );
  });

  it("a 300-character collection name is refused before anything is written", async () => {
    const json = JSON.parse(await readFile(path.join(FIXTURES, "figma-variables.json"), "utf8"));
    json.meta.variableCollections["VariableCollectionId:1:1"].name = "P".repeat(300);
    const figma = await startMockFigma([figmaOk(json)]);
    const tokensDir = path.join(await tempDir(), "tokens");
    const run = await cli(["pull", "--tokens-dir", tokensDir], {
      env: { FIGMA_API_URL: figma.url, FIGMA_FILE_KEY: "k", FIGMA_TOKEN: "figd_x" },
    });
    expect(run.code).toBe(5);
    expect(run.stderr).toContain(
      `Figma collection "${"P".repeat(60)}…", mode "Value" becomes a file name of 305 bytes`,
    );
    expect(run.stderr).toContain("Shorten the collection or mode name in Figma.");
    expect(run.stderr).not.toContain("    at ");
  });
});
