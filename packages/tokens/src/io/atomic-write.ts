import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { TokensError } from "../errors";
import { withLock } from "./dir-lock";

export interface FileChanges {
  /** File name (relative to the directory) → new content. */
  write: ReadonlyMap<string, string>;
  /** File names to delete. */
  remove?: readonly string[];
}

/** Written last into a staging folder: its files are complete and may be moved into place. */
const COMMIT_MARKER = ".commit.json";
/** Temp files of the versions before staging folders (`.tokens.css.123-0a1b2c3d.tmp`). */
const LEGACY_TEMP = /^\..+\.\d+-[0-9a-f]{8}\.tmp$/;

interface Commit {
  write: string[];
  remove: string[];
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** A folder to write into; a file in its place is the user's mistake, not a crash. */
async function ensureFolder(dir: string): Promise<void> {
  const existing = await stat(dir).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new TokensError(
      `${dir} is a file, not a folder. Pass a folder to --out-dir / --tokens-dir, or move the file away.`,
    );
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new TokensError(
      `Cannot create the folder ${dir} (${errno(error) ?? (error as Error).message}): a parent is a file, or it is not writable.`,
    );
  }
}

/** Moves a committed staging folder's files into `dir` (again, after a kill), then removes it. */
async function applyStaged(staging: string, dir: string): Promise<void> {
  const commit = JSON.parse(await readFile(path.join(staging, COMMIT_MARKER), "utf8")) as Commit;
  for (const name of commit.write) {
    await rename(path.join(staging, name), path.join(dir, name)).catch((error: unknown) => {
      // Moved already by the run that was killed.
      if (errno(error) !== "ENOENT") throw error;
    });
  }
  for (const name of commit.remove) await rm(path.join(dir, name), { force: true });
  await rm(staging, { recursive: true, force: true });
}

/**
 * Under the lock: finishes a commit a killed run left half-done, drops staging folders that never
 * got their marker, and deletes temp files older versions left inside `dir`.
 */
async function recover(parent: string, prefix: string, dir: string): Promise<void> {
  for (const name of await readdir(parent)) {
    if (!name.startsWith(prefix)) continue;
    const staging = path.join(parent, name);
    const committed = await stat(path.join(staging, COMMIT_MARKER)).catch(() => undefined);
    if (committed) await applyStaged(staging, dir);
    else await rm(staging, { recursive: true, force: true });
  }
  for (const name of await readdir(dir)) {
    if (LEGACY_TEMP.test(name)) await rm(path.join(dir, name), { force: true });
  }
}

/**
 * Writes every file into a staging folder beside `dir`, marks it complete, then moves the files
 * into `dir`, holding a lock so concurrent runs take turns. A failure while writing leaves `dir`
 * as it was; a run killed while moving is completed by the next one, so the files of one run
 * appear together. No temp file is ever inside `dir` (where `npm pack` would publish it).
 */
export async function commitFiles(dir: string, changes: FileChanges): Promise<void> {
  await ensureFolder(dir);
  const parent = path.dirname(dir);
  const prefix = `.${path.basename(dir)}.nexod-staging-`;
  const lockPath = path.join(parent, `.${path.basename(dir)}.nexod-lock`);
  try {
    await withLock(lockPath, dir, async () => {
      await recover(parent, prefix, dir);
      const staging = path.join(
        parent,
        `${prefix}${process.pid}-${randomBytes(4).toString("hex")}`,
      );
      try {
        await mkdir(staging);
        for (const [name, content] of changes.write) {
          await writeFile(path.join(staging, name), content);
        }
        const commit: Commit = {
          write: [...changes.write.keys()],
          remove: [...(changes.remove ?? [])],
        };
        await writeFile(path.join(staging, `${COMMIT_MARKER}.tmp`), JSON.stringify(commit));
        await rename(path.join(staging, `${COMMIT_MARKER}.tmp`), path.join(staging, COMMIT_MARKER));
      } catch (error) {
        await rm(staging, { recursive: true, force: true });
        throw error;
      }
      await applyStaged(staging, dir);
    });
  } catch (error) {
    if (error instanceof TokensError) throw error;
    throw new TokensError(
      `Cannot write into ${dir} (${errno(error) ?? (error as Error).message}: ${(error as Error).message}). Check that the folder and its parent are writable and have space; nothing was changed.`,
    );
  }
}
