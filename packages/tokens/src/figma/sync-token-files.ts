import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { TokensError } from "../errors";
import { EXIT } from "../exit-codes";
import { commitFiles } from "../io/atomic-write";
import { serializeTokenTree } from "../io/serialize";
import { figmaMeta } from "../io/token-files";
import { isObject, type TokenTree } from "../tokens/token-tree";
import { type MappedTokens } from "./map-variables";
import { diffTokens, formatDiff } from "./token-diff";

export interface SyncOptions {
  tokensDir: string;
  /** Compare only: report and return 1 when the files differ; write nothing. */
  check: boolean;
  /** Let the sync remove every synced file (an empty source is otherwise refused). */
  allowRemovals: boolean;
  /** Names the source in messages, e.g. "Figma" or "the import". */
  sourceName: string;
  stdout: (text: string) => void;
}

/** The synced (Figma-owned) files now in the directory, and the names of hand-written ones. */
async function readExisting(dir: string) {
  const owned = new Map<string, { tree: TokenTree; text: string }>();
  const handWritten = new Set<string>();
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".json"));
  } catch {
    return { owned, handWritten };
  }
  for (const name of names) {
    const text = await readFile(path.join(dir, name), "utf8");
    let tree: unknown;
    try {
      tree = JSON.parse(text);
    } catch {
      tree = undefined;
    }
    if (isObject(tree) && figmaMeta(tree)) owned.set(name, { tree, text });
    else handWritten.add(name);
  }
  return { owned, handWritten };
}

/**
 * Replaces the synced token files with the mapped ones (files without root
 * `$extensions["com.figma"]` are hand-written and never touched), prints what changed, and
 * returns the exit code. With `check`, nothing is written and differences exit 1.
 */
export async function syncTokenFiles(mapped: MappedTokens, options: SyncOptions): Promise<number> {
  const { tokensDir, stdout } = options;
  const { owned, handWritten } = await readExisting(tokensDir);
  const clashes = [...mapped.files.keys()].filter((name) => handWritten.has(name));
  if (clashes.length > 0) {
    throw new TokensError(
      `${clashes.map((name) => path.join(tokensDir, name)).join(", ")} would be overwritten but ${clashes.length === 1 ? "is" : "are"} hand-written (no root $extensions["com.figma"]). Rename the Figma collection or move the hand-written tokens. Nothing was written.`,
    );
  }
  const write = new Map<string, string>();
  for (const [name, tree] of mapped.files) {
    const text = serializeTokenTree(tree);
    if (owned.get(name)?.text !== text) write.set(name, text);
  }
  const remove = [...owned.keys()].filter((name) => !mapped.files.has(name));
  // An empty but valid answer (a permissions glitch, a wrong branch key) would delete everything.
  if (mapped.files.size === 0 && owned.size > 0 && !options.allowRemovals) {
    throw new TokensError(
      `${options.sourceName} has no variables to sync, so every synced file in ${tokensDir} (${[...owned.keys()].join(", ")}) would be removed. Nothing was written. Check the file key and the token's access; if the variables really are gone, run again with --allow-removals.`,
      [],
      EXIT.invalid,
    );
  }
  const diff = diffTokens(
    new Map([...owned].map(([name, file]) => [name, file.tree])),
    mapped.files,
  );
  for (const note of mapped.notes) stdout(`${note}\n`);
  if (write.size === 0 && remove.length === 0) {
    stdout(`${tokensDir} is up to date with ${options.sourceName}.\n`);
    return EXIT.ok;
  }
  const files = [
    ...[...write.keys()].map((n) => `${owned.has(n) ? "update" : "create"} ${n}`),
    ...remove.map((n) => `delete ${n}`),
  ];
  if (options.check) {
    stdout(
      `${tokensDir} differs from ${options.sourceName}: ${formatDiff(diff)}Files: ${files.join(", ")}\nRun the same command without --check to update.\n`,
    );
    return EXIT.failed;
  }
  await commitFiles(tokensDir, { write, remove });
  stdout(
    `Synced ${tokensDir} from ${options.sourceName}: ${formatDiff(diff)}Files: ${files.join(", ")}\n`,
  );
  return EXIT.ok;
}
