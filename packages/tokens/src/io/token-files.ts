import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { TokensError } from "../errors";
import { isObject, type TokenTree } from "../tokens/token-tree";

/** Root `$extensions["com.figma"]` of a file written by `pull`/`import`: the file is synced. */
export interface FigmaFileMeta {
  collection: string;
  mode: string;
  defaultMode?: boolean;
}

export interface TokenFile {
  /** e.g. `semantic.dark.json` */
  fileName: string;
  /** From the file name: `semantic` */
  collection: string;
  /** From the file name: `dark`; undefined for a single-mode file such as `primitives.json`. */
  mode: string | undefined;
  /** Set when Figma sync owns the file; sync never touches files without it. */
  figma: FigmaFileMeta | undefined;
  tree: TokenTree;
}

/** A foreground/background pair whose contrast `check` verifies in every mode. */
export interface ContrastPair {
  foreground: string;
  background: string;
  /** WCAG 2.2 AA: 4.5 for text, 3 for UI parts and large text. */
  min: number;
}

export interface TokenSource {
  dir: string;
  files: TokenFile[];
  /** Pairs declared in `$contrast.json` (the automatic `X-foreground`/`X` pairs come on top). */
  contrastPairs: ContrastPair[];
}

/** Name of the hand-written file that declares extra contrast pairs. */
export const CONTRAST_FILE = "$contrast.json";

export function figmaMeta(tree: TokenTree): FigmaFileMeta | undefined {
  const extensions = tree.$extensions;
  const meta = isObject(extensions) ? extensions["com.figma"] : undefined;
  if (!isObject(meta) || typeof meta.collection !== "string" || typeof meta.mode !== "string") {
    return undefined;
  }
  return { collection: meta.collection, mode: meta.mode, defaultMode: meta.defaultMode === true };
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TokensError(`${file} is not valid JSON: ${(error as Error).message}. Fix the file.`);
  }
}

function parseContrastPairs(file: string, json: unknown): ContrastPair[] {
  const pairs = isObject(json) ? json.pairs : undefined;
  if (!Array.isArray(pairs)) {
    throw new TokensError(`${file} must hold {"pairs": [{"foreground", "background", "min"}]}.`);
  }
  return pairs.map((pair, index) => {
    if (
      !isObject(pair) ||
      typeof pair.foreground !== "string" ||
      typeof pair.background !== "string" ||
      typeof pair.min !== "number"
    ) {
      throw new TokensError(
        `${file}: pairs[${index}] needs "foreground" and "background" token paths and a numeric "min".`,
      );
    }
    return { foreground: pair.foreground, background: pair.background, min: pair.min };
  });
}

/** Reads every `*.json` token file of a tokens directory (not recursive). */
export async function readTokenSource(dir: string): Promise<TokenSource> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".json")).sort();
  } catch {
    throw new TokensError(`Token directory ${dir} does not exist. Pass --tokens-dir or run pull.`);
  }
  const files: TokenFile[] = [];
  let contrastPairs: ContrastPair[] = [];
  for (const fileName of names) {
    const file = path.join(dir, fileName);
    if (fileName === CONTRAST_FILE) {
      contrastPairs = parseContrastPairs(file, await readJson(file));
      continue;
    }
    if (fileName.startsWith("$")) continue;
    const tree = await readJson(file);
    if (!isObject(tree)) throw new TokensError(`${file} must hold a JSON object of token groups.`);
    const parts = fileName.slice(0, -".json".length).split(".");
    if (parts.length > 2 || parts.some((part) => part === "")) {
      throw new TokensError(
        `${file}: token files are named <collection>.json or <collection>.<mode>.json.`,
      );
    }
    files.push({
      fileName,
      collection: parts[0] as string,
      mode: parts[1],
      figma: figmaMeta(tree),
      tree,
    });
  }
  if (files.length === 0) throw new TokensError(`No token files (*.json) found in ${dir}.`);
  return { dir, files, contrastPairs };
}
