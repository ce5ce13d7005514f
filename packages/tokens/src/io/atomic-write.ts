import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface FileChanges {
  /** File name (relative to the directory) → new content. */
  write: ReadonlyMap<string, string>;
  /** File names to delete. */
  remove?: readonly string[];
}

/**
 * Writes every file next to its target first, then renames them into place, so a failure while
 * writing leaves the directory as it was. Nothing may throw between the first rename and the
 * last: all validation happens before this is called.
 */
export async function commitFiles(dir: string, changes: FileChanges): Promise<void> {
  await mkdir(dir, { recursive: true });
  const suffix = `.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  const staged: [string, string][] = [];
  try {
    for (const [name, content] of changes.write) {
      const target = path.join(dir, name);
      const temp = path.join(dir, `.${name}${suffix}`);
      staged.push([temp, target]);
      await writeFile(temp, content);
    }
  } catch (error) {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
    throw error;
  }
  for (const [temp, target] of staged) await rename(temp, target);
  for (const name of changes.remove ?? []) await rm(path.join(dir, name), { force: true });
}
