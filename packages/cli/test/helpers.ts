import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";
import { type Io } from "../src/init";
import { main } from "../src/main";

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
/** The blocks `pnpm build` bundles into the CLI (turbo builds before it tests). */
export const BUILT_BLOCKS = path.join(FIXTURES, "../../dist/blocks");

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** An empty temporary folder, removed after the test. */
export async function tempDir(prefix: string) {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A copy of a create-next-app output (14: Tailwind 3 + ESLint 8; 16: Tailwind 4 + ESLint 9). */
export async function app(fixture: "next14" | "next16") {
  const dir = await tempDir(`nexod-${fixture}-`);
  await cp(path.join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

/** Runs the CLI in-process with a fake terminal; returns its exit code and output. */
export async function nexod(
  args: string[],
  { tty = false, answer = false, blocksDir = BUILT_BLOCKS } = {},
) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: tty,
    env: {},
    confirm: async () => answer,
    blocksDir,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export const read = (dir: string, file: string) => readFile(path.join(dir, file), "utf8");
