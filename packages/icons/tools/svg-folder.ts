import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface SvgChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/** The SVGs of a folder: file name without `.svg` → content. A missing folder is empty. */
export async function readSvgFolder(dir: string): Promise<Map<string, string>> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw error;
  }
  const result = new Map<string, string>();
  for (const file of files.filter((name) => name.endsWith(".svg")).sort()) {
    result.set(file.slice(0, -4), await readFile(path.join(dir, file), "utf8"));
  }
  return result;
}

/** What writing `next` over `current` would do; removals only when `remove` is set. */
export function diffSvgs(
  current: ReadonlyMap<string, string>,
  next: ReadonlyMap<string, string>,
  remove: boolean,
): SvgChanges {
  return {
    added: [...next.keys()].filter((name) => !current.has(name)).sort(),
    changed: [...next.keys()]
      .filter((name) => current.has(name) && current.get(name) !== next.get(name))
      .sort(),
    removed: remove ? [...current.keys()].filter((name) => !next.has(name)).sort() : [],
  };
}

export const hasChanges = (changes: SvgChanges) =>
  changes.added.length + changes.changed.length + changes.removed.length > 0;

/** `2 added, 1 changed, 0 removed` and the icon names, one per line. */
export function formatChanges(changes: SvgChanges): string {
  const lines = [
    `${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed`,
  ];
  for (const name of changes.added) lines.push(`  + ${name}.svg`);
  for (const name of changes.changed) lines.push(`  ~ ${name}.svg`);
  for (const name of changes.removed) lines.push(`  - ${name}.svg`);
  return `${lines.join("\n")}\n`;
}

/**
 * Applies `changes` to `dir`: every new file is written next to its target first, then all are
 * renamed into place, so a failure while writing leaves the folder as it was. (The same scheme
 * as @nexod/tokens' token files.)
 */
export async function writeSvgChanges(
  dir: string,
  next: ReadonlyMap<string, string>,
  changes: SvgChanges,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const suffix = `.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  const staged: [string, string][] = [];
  try {
    for (const name of [...changes.added, ...changes.changed]) {
      const target = path.join(dir, `${name}.svg`);
      const temp = path.join(dir, `.${name}.svg${suffix}`);
      staged.push([temp, target]);
      await writeFile(temp, next.get(name)!);
    }
  } catch (error) {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
    throw error;
  }
  for (const [temp, target] of staged) await rename(temp, target);
  for (const name of changes.removed) await rm(path.join(dir, `${name}.svg`), { force: true });
}
