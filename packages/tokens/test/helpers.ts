import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect } from "vitest";
import { runCli } from "../src/run-cli";

export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SHIPPED_TOKENS = path.join(PACKAGE_DIR, "tokens");
export const FIXTURES = path.join(PACKAGE_DIR, "test", "fixtures");

/** Every file `build` writes, sorted: what products import from `@nexod/tokens`. */
export const BUILD_OUTPUTS = [
  "index.d.ts",
  "index.js",
  "tailwind-preset.cjs",
  "tailwind-preset.d.cts",
  "tailwind-preset.d.ts",
  "tailwind-preset.js",
  "theme.css",
  "tokens.css",
  "tokens.json",
];

const tempDirs: string[] = [];

afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh directory removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "nexod-tokens-test-"));
  tempDirs.push(dir);
  return dir;
}

/** A temp copy of the shipped tokens/ directory, to change without touching the repo. */
export async function copyOfShippedTokens(): Promise<string> {
  const dir = path.join(await tempDir(), "tokens");
  await cp(SHIPPED_TOKENS, dir, { recursive: true });
  return dir;
}

/** Every file's content in a directory (not recursive), to prove nothing changed. */
export async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const entries = await Promise.all(
    names.sort().map(async (name) => [name, await readFile(path.join(dir, name), "utf8")] as const),
  );
  return Object.fromEntries(entries);
}

export async function readJsonFile(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  sleeps: number[];
}

/** Runs the CLI in-process; waits between retries are recorded, not slept. */
export async function cli(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const sleeps: number[] = [];
  const code = await runCli(argv, {
    cwd: options.cwd ?? PACKAGE_DIR,
    env: options.env ?? {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { code, stdout, stderr, sleeps };
}

/** Reads a DTCG file and returns `path → $value` for every token. */
export async function tokenValues(file: string): Promise<Record<string, unknown>> {
  const tree = await readJsonFile(file);
  const values: Record<string, unknown> = {};
  const visit = (node: Record<string, unknown>, at: string[]) => {
    if ("$value" in node) {
      values[at.join(".")] = node.$value;
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith("$") && typeof child === "object" && child !== null) {
        visit(child as Record<string, unknown>, [...at, key]);
      }
    }
  };
  visit(tree, []);
  return values;
}

/**
 * A product folder with @nexod/tokens installed (package.json + a fresh build in dist/), so
 * imports go through the package's `exports` like in a real product.
 */
export async function productWithTokens(): Promise<string> {
  const product = await tempDir();
  const installed = path.join(product, "node_modules", "@nexod", "tokens");
  await mkdir(installed, { recursive: true });
  await copyFile(path.join(PACKAGE_DIR, "package.json"), path.join(installed, "package.json"));
  const build = await cli(["build", "--out-dir", path.join(installed, "dist")]);
  expect(build.code).toBe(0);
  return product;
}
