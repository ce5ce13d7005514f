import type { VariableScope } from "@figma/rest-api-spec";
import { isObject, referencedPath, type TokenTree } from "../tokens/token-tree";
import { type VariablesData } from "./figma-types";
import { type ImportedVariable } from "./figma-values";
import { importColor, VariablesBuilder } from "./imported-variables";

/** A Tokens Studio export: token sets by name, themes, and the set order. */
export interface TokensStudioExport {
  source: string;
  sets: Record<string, TokenTree>;
  themes: { name: string; group?: string; selectedTokenSets: Record<string, string> }[];
  setOrder: string[];
}

interface StudioToken {
  name: string;
  type: string;
  value: unknown;
  description: string;
}

type Mapping = {
  resolvedType: ImportedVariable["resolvedType"];
  scopes: VariableScope[];
  tokenType?: string;
};

const DIMENSION_SCOPES: Record<string, VariableScope> = {
  spacing: "GAP",
  sizing: "WIDTH_HEIGHT",
  dimension: "ALL_SCOPES",
  borderRadius: "CORNER_RADIUS",
  borderWidth: "STROKE_FLOAT",
  fontSizes: "FONT_SIZE",
  letterSpacing: "LETTER_SPACING",
  paragraphSpacing: "PARAGRAPH_SPACING",
  paragraphIndent: "PARAGRAPH_INDENT",
};

const WEIGHTS: Record<string, number> = {
  thin: 100,
  extralight: 200,
  light: 300,
  regular: 400,
  normal: 400,
  medium: 500,
  semibold: 600,
  bold: 700,
  extrabold: 800,
  black: 900,
};

function mappingFor(type: string): Mapping | undefined {
  if (type === "color") return { resolvedType: "COLOR", scopes: ["ALL_SCOPES"] };
  const scope = DIMENSION_SCOPES[type];
  if (scope) return { resolvedType: "FLOAT", scopes: [scope] };
  if (type === "opacity") return { resolvedType: "FLOAT", scopes: ["OPACITY"] };
  if (type === "lineHeights") return { resolvedType: "FLOAT", scopes: ["LINE_HEIGHT"] };
  if (type === "fontWeights") return { resolvedType: "FLOAT", scopes: ["FONT_WEIGHT"] };
  if (type === "number")
    return { resolvedType: "FLOAT", scopes: ["ALL_SCOPES"], tokenType: "number" };
  if (type === "fontFamilies") return { resolvedType: "STRING", scopes: ["FONT_FAMILY"] };
  if (type === "boolean") return { resolvedType: "BOOLEAN", scopes: ["ALL_SCOPES"] };
  if (["text", "other", "string"].includes(type))
    return { resolvedType: "STRING", scopes: ["ALL_SCOPES"] };
  return undefined;
}

/** Tokens Studio values → Figma literals: `"16"`/`"16px"`/`"1rem"` → 16, `"50%"` → 0.5, `"Bold"` → 700. */
function literalFor(type: string, value: unknown): unknown {
  if (type === "color") return importColor(value);
  const mapping = mappingFor(type);
  if (mapping?.resolvedType === "STRING")
    return Array.isArray(value) ? value.join(", ") : String(value);
  if (mapping?.resolvedType === "BOOLEAN") return value === true || value === "true";
  if (typeof value === "number") return value;
  const text = String(value).trim();
  if (type === "fontWeights")
    return WEIGHTS[text.toLowerCase().replace(/[\s-]/g, "")] ?? Number(text);
  const match = /^(-?[\d.]+)(px|rem|%)?$/.exec(text);
  if (!match) return undefined;
  const number = Number(match[1]);
  if (match[2] === "rem") return number * 16;
  if (match[2] === "%") return number / 100;
  return number;
}

function studioTokens(tree: TokenTree): StudioToken[] {
  const out: StudioToken[] = [];
  const visit = (node: Record<string, unknown>, names: string[], inherited: string | undefined) => {
    const type = (node.$type ?? node.type ?? inherited) as string | undefined;
    const isLeaf =
      "$value" in node || ("value" in node && ("type" in node || !isObject(node.value)));
    if (isLeaf) {
      const extensions = isObject(node.$extensions) ? node.$extensions["studio.tokens"] : undefined;
      const modified = isObject(extensions) && "modify" in extensions;
      const description = node.$description ?? node.description;
      out.push({
        name: names.join("/"),
        type: modified ? "modified colour" : String(type),
        value: "$value" in node ? node.$value : node.value,
        description: typeof description === "string" ? description : "",
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith("$") && isObject(child)) visit(child, [...names, key], type);
    }
  };
  visit(tree, [], undefined);
  return out;
}

/**
 * Tokens Studio → REST-shaped data. Each theme group whose themes switch sets on and off becomes
 * a collection with one mode per theme; every other set becomes a single-mode collection.
 */
export function variablesFromTokensStudio(
  exported: TokensStudioExport,
  notes: string[],
): VariablesData {
  const order = [
    ...exported.setOrder,
    ...Object.keys(exported.sets).filter((s) => !exported.setOrder.includes(s)),
  ];
  const groups = new Map<string, TokensStudioExport["themes"]>();
  for (const theme of exported.themes)
    groups.set(theme.group ?? "Theme", [...(groups.get(theme.group ?? "Theme") ?? []), theme]);
  const plans: { name: string; modes: { name: string; sets: string[] }[] }[] = [];
  const modal = new Set<string>();
  for (const [group, themes] of groups) {
    const enabled = themes.map((t) => order.filter((s) => t.selectedTokenSets[s] === "enabled"));
    const varying = order.filter(
      (s) => enabled.some((sets) => sets.includes(s)) && !enabled.every((sets) => sets.includes(s)),
    );
    if (varying.length === 0 || themes.length < 2) continue;
    varying.forEach((s) => modal.add(s));
    plans.push({
      name: group,
      modes: themes.map((t, i) => ({
        name: t.name,
        sets: (enabled[i] as string[]).filter((s) => varying.includes(s)),
      })),
    });
  }
  for (const set of order.filter((s) => !modal.has(s) && exported.sets[s])) {
    plans.push({ name: set.replaceAll("/", " "), modes: [{ name: "Value", sets: [set] }] });
  }

  const builder = new VariablesBuilder();
  const byPath = new Map<string, ImportedVariable>();
  const pending: [ImportedVariable, string, StudioToken][] = [];
  const skipped: string[] = [];
  for (const plan of plans) {
    const collection = builder.collection(
      plan.name,
      plan.modes.map((m) => m.name),
    );
    plan.modes.forEach((mode, index) => {
      const modeId = collection.modes[index]?.modeId as string;
      for (const set of mode.sets) {
        for (const token of studioTokens(exported.sets[set] ?? {})) {
          const mapping = mappingFor(token.type);
          if (!mapping) {
            skipped.push(`${token.name} (${token.type})`);
            continue;
          }
          const key = token.name.split("/").join(".");
          let variable = byPath.get(key);
          if (!variable) {
            variable = builder.variable(collection, {
              name: token.name,
              description: token.description,
              ...mapping,
            });
            byPath.set(key, variable);
          }
          pending.push([variable, modeId, token]);
        }
      }
    });
  }
  for (const [variable, modeId, token] of pending) {
    const reference = referencedPath(token.value);
    const target = reference === undefined ? undefined : byPath.get(reference);
    const value = target
      ? { type: "VARIABLE_ALIAS" as const, id: target.id }
      : reference === undefined
        ? literalFor(token.type, token.value)
        : undefined;
    if (value === undefined || (typeof value === "number" && Number.isNaN(value))) {
      skipped.push(`${token.name} (value ${JSON.stringify(token.value)})`);
      continue;
    }
    variable.valuesByMode[modeId] = value as ImportedVariable["valuesByMode"][string];
  }
  for (const variable of Object.values(builder.data.variables)) {
    const collection = builder.data.variableCollections[variable.variableCollectionId];
    if (collection && collection.modes.some((m) => !(m.modeId in variable.valuesByMode))) {
      delete builder.data.variables[variable.id];
      if (!skipped.some((entry) => entry.startsWith(`${variable.name} `))) {
        skipped.push(`${variable.name} (missing in a mode)`);
      }
    }
  }
  if (skipped.length > 0) {
    notes.push(
      `${exported.source}: skipped ${skipped.length} token(s) Figma variables cannot hold (composite types, math, colour modifiers, or missing in a mode): ${skipped.slice(0, 10).join(", ")}${skipped.length > 10 ? ", …" : ""}.`,
    );
  }
  return builder.data;
}
