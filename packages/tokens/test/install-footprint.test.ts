import { execFile } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PACKAGE_DIR, SHIPPED_TOKENS, tempDir } from "./helpers";

/**
 * What a product gets: the built package with no node_modules beside it, as when
 * `@nexod/tokens` is installed without its optional peer (Style Dictionary).
 */
async function installedWithoutPeers() {
  const dir = await tempDir();
  await cp(path.join(PACKAGE_DIR, "dist"), path.join(dir, "dist"), { recursive: true });
  await cp(SHIPPED_TOKENS, path.join(dir, "tokens"), { recursive: true });
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  return dir;
}

async function runShippedCli(dir: string, args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(dir, "dist", "cli.js"), ...args],
      { cwd: dir },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("installed in a product (no runtime dependencies)", () => {
  it("declares no dependencies, only an optional Style Dictionary peer", async () => {
    const manifest = JSON.parse(await readFile(path.join(PACKAGE_DIR, "package.json"), "utf8"));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.peerDependenciesMeta["style-dictionary"]).toEqual({ optional: true });
  });

  it("loads the built files without Style Dictionary", async () => {
    const dir = await installedWithoutPeers();
    const tokens = await import(path.join(dir, "dist", "index.js"));
    expect(Object.keys(tokens).length).toBeGreaterThan(0);
    const preset = await import(path.join(dir, "dist", "tailwind-preset.js"));
    expect(preset.default.theme).toBeDefined();
  });

  it("checks tokens without Style Dictionary, and build says what to install", async () => {
    const dir = await installedWithoutPeers();
    const check = await runShippedCli(dir, ["check"]);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);

    const build = await runShippedCli(dir, ["build", "--out-dir", "out"]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain("nexod-tokens build needs Style Dictionary");
    expect(build.stderr).toContain("pnpm add -D style-dictionary@5");
    expect(build.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
