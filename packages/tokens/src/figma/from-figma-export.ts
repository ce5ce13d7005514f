import path from "node:path";
import { TokensError } from "../errors";
import { isObject, isToken, referencedPath, type TokenTree } from "../tokens/token-tree";
import { type VariablesData } from "./figma-types";
import { type ImportedVariable } from "./figma-values";
import { importColor, importScopes, VariablesBuilder } from "./imported-variables";

/** One `*.tokens.json` file of Figma's native variables export: one collection × mode. */
export interface FigmaExportFile {
  file: string;
  json: TokenTree;
}

interface ExportLeaf {
  name: string;
  type: string;
  value: unknown;
  description: string;
  ext: Record<string, unknown>;
}

const RESOLVED_TYPES: Record<string, ImportedVariable["resolvedType"]> = {
  color: "COLOR",
  number: "FLOAT",
  dimension: "FLOAT",
  string: "STRING",
  fontFamily: "STRING",
  boolean: "BOOLEAN",
};

export function isFigmaExport(json: unknown): boolean {
  if (!isObject(json)) return false;
  if (isObject(json.$extensions) && "com.figma.modeName" in json.$extensions) return true;
  return JSON.stringify(json).includes('"com.figma.variableId"');
}

function leaves(tree: TokenTree, file: string): ExportLeaf[] {
  const out: ExportLeaf[] = [];
  const visit = (node: Record<string, unknown>, names: string[]) => {
    if (isToken(node)) {
      const type = String(node.$type ?? "");
      if (!(type in RESOLVED_TYPES)) {
        throw new TokensError(
          `${file}: ${names.join("/")} has $type "${type}", which Figma variables do not export.`,
        );
      }
      const ext = isObject(node.$extensions) ? node.$extensions : {};
      const description = typeof node.$description === "string" ? node.$description : "";
      out.push({ name: names.join("/"), type, value: node.$value, description, ext });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith("$") && isObject(child)) visit(child, [...names, key]);
    }
  };
  visit(tree, []);
  return out;
}

function modeName(json: TokenTree): string {
  const ext = isObject(json.$extensions) ? json.$extensions["com.figma.modeName"] : undefined;
  return typeof ext === "string" ? ext : "Value";
}

/** `Semantic.Light.tokens.json` with mode Light → `Semantic`. */
function collectionNameFromFile(file: string, mode: string): string {
  const base = path.basename(file).replace(/(\.tokens)?\.json$/i, "");
  const parts = base.split(/[.\s_-]+/).filter((part) => part.toLowerCase() !== mode.toLowerCase());
  return parts.join(" ");
}

function literal(leaf: ExportLeaf): unknown {
  if (leaf.type === "color") return importColor(leaf.value);
  if (leaf.type === "dimension" && isObject(leaf.value)) return leaf.value.value;
  return leaf.value;
}

/**
 * Figma's native export → REST-shaped data. Files with the same variable names are the modes of
 * one collection. Same-collection aliases arrive as `{a.b}`; aliases into other collections or
 * libraries arrive resolved with `com.figma.aliasData`, which is turned back into an alias when
 * the target is part of the import and kept as the literal otherwise.
 */
export function variablesFromFigmaExport(files: readonly FigmaExportFile[]): VariablesData {
  const parsed = files.map((f) => ({
    ...f,
    mode: modeName(f.json),
    leaves: leaves(f.json, f.file),
  }));
  const groups = new Map<string, typeof parsed>();
  for (const file of parsed) {
    const key = file.leaves
      .map((leaf) => leaf.name)
      .sort()
      .join("\n");
    const group = groups.get(key) ?? [];
    if (group.some((other) => other.mode === file.mode)) {
      groups.set(`${key}\n${file.file}`, [file]);
    } else {
      groups.set(key, [...group, file]);
    }
  }
  const setNames = new Map<string, string>();
  for (const file of parsed) {
    for (const leaf of file.leaves) {
      const alias = leaf.ext["com.figma.aliasData"];
      if (
        isObject(alias) &&
        typeof alias.targetVariableId === "string" &&
        typeof alias.targetVariableSetName === "string"
      ) {
        setNames.set(alias.targetVariableId, alias.targetVariableSetName);
      }
    }
  }
  const builder = new VariablesBuilder();
  const byName = new Map<string, Map<string, ImportedVariable>>();
  const byId = new Map<string, ImportedVariable>();
  const pending: [ImportedVariable, string, ExportLeaf, string][] = [];
  for (const group of groups.values()) {
    const first = group[0] as (typeof parsed)[number];
    const ids = first.leaves.map((leaf) => leaf.ext["com.figma.variableId"]);
    const name =
      ids.map((id) => setNames.get(String(id))).find(Boolean) ??
      (collectionNameFromFile(first.file, first.mode) || "Tokens");
    const modes = group.map((file) => file.mode);
    const collection = builder.collection(
      name,
      modes,
      modes.find((m) => /^light$/i.test(m)) ?? modes[0],
    );
    const variables = new Map<string, ImportedVariable>();
    byName.set(name, variables);
    for (const leaf of first.leaves) {
      const id = leaf.ext["com.figma.variableId"];
      const variable = builder.variable(collection, {
        ...(typeof id === "string" ? { id } : {}),
        name: leaf.name,
        resolvedType: RESOLVED_TYPES[leaf.type] as ImportedVariable["resolvedType"],
        description: leaf.description,
        scopes: importScopes(leaf.ext["com.figma.scopes"]),
        hiddenFromPublishing: leaf.ext["com.figma.hiddenFromPublishing"] === true,
      });
      variables.set(leaf.name, variable);
      byId.set(variable.id, variable);
    }
    group.forEach((file, index) => {
      const modeId = collection.modes[index]?.modeId as string;
      for (const leaf of file.leaves)
        pending.push([variables.get(leaf.name) as ImportedVariable, modeId, leaf, file.file]);
    });
  }
  for (const [variable, modeId, leaf, file] of pending) {
    variable.valuesByMode[modeId] = exportValue(leaf, file, variable, byId, byName);
  }
  return builder.data;
}

function exportValue(
  leaf: ExportLeaf,
  file: string,
  variable: ImportedVariable,
  byId: ReadonlyMap<string, ImportedVariable>,
  byName: ReadonlyMap<string, ReadonlyMap<string, ImportedVariable>>,
) {
  const reference = referencedPath(leaf.value);
  if (reference !== undefined) {
    const name = reference.split(".").join("/");
    const own = [...byName.values()].find((vars) => vars.get(variable.name) === variable);
    const target =
      own?.get(name) ?? [...byName.values()].map((vars) => vars.get(name)).find(Boolean);
    if (!target) {
      throw new TokensError(
        `${file}: ${leaf.name} references {${reference}}, which is not in the imported files.`,
      );
    }
    return { type: "VARIABLE_ALIAS" as const, id: target.id };
  }
  const alias = leaf.ext["com.figma.aliasData"];
  if (isObject(alias)) {
    const target =
      byId.get(String(alias.targetVariableId)) ??
      byName.get(String(alias.targetVariableSetName))?.get(String(alias.targetVariableName));
    if (target) return { type: "VARIABLE_ALIAS" as const, id: target.id };
  }
  const value = literal(leaf);
  if (value === undefined) {
    throw new TokensError(
      `${file}: ${leaf.name} has a ${leaf.type} value that cannot be read: ${JSON.stringify(leaf.value)}.`,
    );
  }
  return value as ImportedVariable["valuesByMode"][string];
}
