import { TokensError } from "../errors";
import { setToken, type TokenTree } from "../tokens/token-tree";
import {
  type LocalVariable,
  type LocalVariableCollection,
  type VariablesData,
} from "./figma-types";
import { tokenTypeFor, type ImportedVariable } from "./figma-values";
import { isSyntheticId } from "./imported-variables";
import { fileNamePart, tokenPathFor } from "./names";
import { describeVariable, literalOf, outputValue, type AliasContext } from "./resolve-aliases";

export interface MapOptions {
  /** Keep variables (and collections) hidden from publishing. */
  includeHidden: boolean;
}

export interface MappedTokens {
  /** File name → DTCG tree, one per local collection × mode. */
  files: Map<string, TokenTree>;
  /** Things the user should know that are not errors (skipped variables…). */
  notes: string[];
}

const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

function isWritten(
  variable: LocalVariable,
  collection: LocalVariableCollection,
  options: MapOptions,
) {
  if (variable.remote || collection.remote || variable.deletedButReferenced) return false;
  return (
    options.includeHidden || !(variable.hiddenFromPublishing || collection.hiddenFromPublishing)
  );
}

/** Assigns token paths; two variables on one path, or a token that is also a group, are errors. */
function assignPaths(data: VariablesData, written: LocalVariable[], problems: string[]) {
  const paths = new Map<string, string>();
  const owners = new Map<string, LocalVariable>();
  for (const variable of written) {
    let path: string;
    try {
      path = tokenPathFor(variable.name, describeVariable(data, variable)).join(".");
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const owner = owners.get(path);
    if (owner) {
      problems.push(
        `${describeVariable(data, owner)} and ${describeVariable(data, variable)} both become the token path ${path}. Rename one in Figma.`,
      );
      continue;
    }
    owners.set(path, variable);
    paths.set(variable.id, path);
  }
  for (const [path, variable] of owners) {
    const segments = path.split(".");
    for (let i = 1; i < segments.length; i++) {
      const group = owners.get(segments.slice(0, i).join("."));
      if (group) {
        problems.push(
          `${describeVariable(data, group)} is a token and also the group of ${describeVariable(data, variable)}. Rename one in Figma (e.g. "${group.name}/Default").`,
        );
      }
    }
  }
  return paths;
}

const MAX_FILE_NAME_BYTES = 255;
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

const RESOLVED_TYPES = new Set<unknown>(["BOOLEAN", "COLOR", "FLOAT", "STRING"]);

const hasKnownType = (v: ImportedVariable) =>
  v.tokenType !== undefined || RESOLVED_TYPES.has(v.resolvedType);

/** A type this tool does not know must stop the sync, not become a boolean. */
function unknownType(data: VariablesData, v: LocalVariable): string {
  const type =
    v.resolvedType === undefined
      ? "no resolvedType"
      : `resolvedType ${JSON.stringify(v.resolvedType)}`;
  return `${describeVariable(data, v)} has ${type}; nexod-tokens maps BOOLEAN, COLOR, FLOAT and STRING variables. Update nexod-tokens, or hide the variable from publishing in Figma.`;
}

/** Figma metadata kept on each token; importers without Figma ids (Tokens Studio) keep none. */
function figmaExtension(variable: LocalVariable, inlined: unknown) {
  if (isSyntheticId(variable.id)) return inlined ? { inlinedAlias: inlined } : undefined;
  return {
    id: variable.id,
    key: variable.key,
    scopes: variable.scopes ?? [],
    codeSyntax: variable.codeSyntax ?? {},
    hiddenFromPublishing: variable.hiddenFromPublishing ?? false,
    ...(inlined ? { inlinedAlias: inlined } : {}),
  };
}

/** File names for a collection's modes: `primitives.json`, or `semantic.light.json` per mode. */
function fileNames(collection: LocalVariableCollection) {
  const base = fileNamePart(collection.name);
  if (collection.modes.length === 1)
    return [[collection.modes[0]?.modeId, `${base}.json`]] as const;
  return collection.modes.map(
    (mode) => [mode.modeId, `${base}.${fileNamePart(mode.name)}.json`] as const,
  );
}

/**
 * Maps Figma variables (REST shape) to DTCG files: one per local collection × mode, aliases as
 * references (also across collections), library and hidden targets inlined, names normalised.
 * Throws one TokensError listing every problem; nothing is returned half-done.
 */
export function mapVariables(data: VariablesData, options: MapOptions): MappedTokens {
  const problems: string[] = [];
  const notes: string[] = [];
  const collections = Object.values(data.variableCollections)
    .filter((c) => !c.remote)
    .sort(byName);
  const all = Object.values(data.variables);
  const candidates = collections.flatMap((collection) =>
    all
      .filter((v) => v.variableCollectionId === collection.id && isWritten(v, collection, options))
      .sort(byName),
  );
  problems.push(...candidates.filter((v) => !hasKnownType(v)).map((v) => unknownType(data, v)));
  const written = candidates.filter(hasKnownType);
  const hidden = all.filter(
    (v) =>
      !v.remote &&
      !v.deletedButReferenced &&
      !written.includes(v) &&
      collections.some((c) => c.id === v.variableCollectionId),
  );
  if (hidden.length > 0) {
    notes.push(
      `Skipped ${hidden.length} variable(s) hidden from publishing (use --include-hidden to keep them).`,
    );
  }
  const deleted = all.filter((v) => v.deletedButReferenced);
  if (deleted.length > 0) {
    notes.push(
      `Skipped ${deleted.length} variable(s) deleted in Figma but still referenced: ${deleted.map((v) => `"${v.name}"`).join(", ")}.`,
    );
  }
  const paths = assignPaths(data, written, problems);
  const ctx: AliasContext = { data, paths, problems, literals: new Map() };

  const files = new Map<string, TokenTree>();
  const fileOwners = new Map<string, string>();
  for (const collection of collections) {
    const variables = written.filter(
      (v) => v.variableCollectionId === collection.id && paths.has(v.id),
    );
    if (variables.length === 0) continue;
    for (const [modeId, fileName] of fileNames(collection)) {
      const mode = collection.modes.find((m) => m.modeId === modeId);
      // File systems allow 255 bytes per name; a longer one fails only when writing.
      if (Buffer.byteLength(fileName) > MAX_FILE_NAME_BYTES) {
        problems.push(
          `Figma collection "${clip(collection.name)}", mode "${clip(mode?.name ?? "")}" becomes a file name of ${Buffer.byteLength(fileName)} bytes (${clip(fileName)}), more than the ${MAX_FILE_NAME_BYTES} file systems allow. Shorten the collection or mode name in Figma.`,
        );
        continue;
      }
      const owner = fileOwners.get(fileName);
      if (owner !== undefined) {
        problems.push(
          `Figma collections/modes "${owner}" and "${collection.name}/${mode?.name}" both become ${fileName}. Rename one in Figma.`,
        );
        continue;
      }
      fileOwners.set(fileName, `${collection.name}/${mode?.name}`);
      const isDefault = collection.modes.length > 1 && modeId === collection.defaultModeId;
      const tree: TokenTree = {
        $extensions: {
          "com.figma": {
            collection: collection.name,
            mode: mode?.name,
            ...(isDefault ? { defaultMode: true } : {}),
          },
        },
      };
      for (const variable of variables) {
        if (literalOf(ctx, variable, modeId as string) === undefined) continue;
        const { value, inlined } = outputValue(ctx, variable, modeId as string);
        const extension = figmaExtension(variable, inlined);
        setToken(tree, (paths.get(variable.id) as string).split("."), {
          $type: tokenTypeFor(variable),
          $value: value,
          ...(variable.description ? { $description: variable.description } : {}),
          ...(extension ? { $extensions: { "com.figma": extension } } : {}),
        });
      }
      files.set(fileName, tree);
    }
  }
  const remote = all.filter((v) => v.remote).length;
  if (remote > 0)
    notes.push(
      `The file uses ${remote} library variable(s); aliases to them were written as their values.`,
    );
  if (problems.length > 0) {
    throw new TokensError(
      `Cannot map the Figma variables (${problems.length} problem(s)); nothing was written:`,
      [...new Set(problems)],
    );
  }
  return { files, notes };
}
