import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { TokensError } from "../errors";
import { isObject, type TokenTree } from "../tokens/token-tree";
import { variablesDataFrom, type VariablesData } from "./figma-types";
import { isFigmaExport, variablesFromFigmaExport, type FigmaExportFile } from "./from-figma-export";
import { variablesFromTokensStudio, type TokensStudioExport } from "./from-tokens-studio";

export interface ImportedData {
  data: VariablesData;
  /** What was recognised, for the summary line. */
  format: string;
  notes: string[];
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new TokensError(`Cannot read ${file}: check the path.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TokensError(`${file} is not valid JSON (${(error as Error).message}).`);
  }
}

async function jsonFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A Tokens Studio folder: `$themes.json`, `$metadata.json` and one file per set (sub-folders for `/`). */
async function readTokensStudioFolder(dir: string): Promise<TokensStudioExport> {
  const sets: Record<string, TokenTree> = {};
  let themes: unknown = [];
  let metadata: unknown = {};
  for (const file of await jsonFilesIn(dir)) {
    const relative = path.relative(dir, file).split(path.sep).join("/");
    if (relative === "$themes.json") themes = await readJson(file);
    else if (relative === "$metadata.json") metadata = await readJson(file);
    else sets[relative.slice(0, -".json".length)] = (await readJson(file)) as TokenTree;
  }
  return studioExport(dir, sets, themes, metadata);
}

function studioExport(
  source: string,
  sets: Record<string, unknown>,
  themes: unknown,
  metadata: unknown,
): TokensStudioExport {
  const order =
    isObject(metadata) && Array.isArray(metadata.tokenSetOrder)
      ? metadata.tokenSetOrder.map(String)
      : [];
  return {
    source,
    sets: Object.fromEntries(
      Object.entries(sets).filter(([name, tree]) => !name.startsWith("$") && isObject(tree)),
    ) as Record<string, TokenTree>,
    themes: (Array.isArray(themes) ? themes : []).filter(isObject).map((theme) => ({
      name: String(theme.name),
      ...(typeof theme.group === "string" ? { group: theme.group } : {}),
      selectedTokenSets: isObject(theme.selectedTokenSets)
        ? (theme.selectedTokenSets as Record<string, string>)
        : {},
    })),
    setOrder: order,
  };
}

const UNKNOWN_FORMAT =
  "is not a format nexod-tokens import reads. Expected a saved Figma REST response (meta.variables), Figma's variables export (*.tokens.json) or a Tokens Studio export ($themes/$metadata, file or folder).";

/**
 * Reads the given files and folders and detects the format by content: a saved REST response,
 * Figma's native `*.tokens.json` export (one file per collection × mode), or Tokens Studio.
 */
export async function importVariableFiles(inputs: readonly string[]): Promise<ImportedData> {
  if (inputs.length === 0) throw new TokensError("import needs at least one file or folder.");
  const exportFiles: FigmaExportFile[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new TokensError(`Cannot read ${input}: no such file or folder.`);
    if (info.isDirectory()) {
      const files = await jsonFilesIn(input);
      const names = files.map((file) => path.basename(file));
      if (names.includes("$themes.json") || names.includes("$metadata.json")) {
        if (inputs.length > 1) throw new TokensError("Import a Tokens Studio export on its own.");
        const notes: string[] = [];
        return {
          data: variablesFromTokensStudio(await readTokensStudioFolder(input), notes),
          format: "Tokens Studio folder",
          notes,
        };
      }
      for (const file of files) {
        const json = await readJson(file);
        if (!isFigmaExport(json)) throw new TokensError(`${file} ${UNKNOWN_FORMAT}`);
        exportFiles.push({ file, json: json as TokenTree });
      }
      continue;
    }
    const json = await readJson(input);
    if (isObject(json) && isObject(json.meta) && "variables" in json.meta) {
      if (inputs.length > 1)
        throw new TokensError("Import a saved Figma REST response on its own.");
      return { data: variablesDataFrom(json, input), format: "Figma REST response", notes: [] };
    }
    if (isObject(json) && ("$themes" in json || "$metadata" in json)) {
      if (inputs.length > 1) throw new TokensError("Import a Tokens Studio export on its own.");
      const notes: string[] = [];
      const { $themes, $metadata, ...sets } = json;
      return {
        data: variablesFromTokensStudio(studioExport(input, sets, $themes, $metadata), notes),
        format: "Tokens Studio file",
        notes,
      };
    }
    if (!isFigmaExport(json)) throw new TokensError(`${input} ${UNKNOWN_FORMAT}`);
    exportFiles.push({ file: input, json: json as TokenTree });
  }
  if (exportFiles.length === 0)
    throw new TokensError(`No *.json files found in ${inputs.join(", ")}.`);
  return {
    data: variablesFromFigmaExport(exportFiles),
    format: "Figma variables export",
    notes: [],
  };
}
