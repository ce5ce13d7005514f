import type { VariableScope } from "@figma/rest-api-spec";
import { parseColor } from "../check/color";
import { type LocalVariableCollection, type VariablesData } from "./figma-types";
import { type ImportedVariable } from "./figma-values";

const SYNTHETIC_ID = "VariableID:import/";

/** Ids made up by an importer for variables the source gave none (Tokens Studio). */
export function isSyntheticId(id: string): boolean {
  return id.startsWith(SYNTHETIC_ID);
}

/** Builds REST-shaped data from an export, so every importer shares `mapVariables`. */
export class VariablesBuilder {
  readonly data: VariablesData = { variables: {}, variableCollections: {} };

  collection(name: string, modeNames: readonly string[], defaultMode = modeNames[0]) {
    const id = `VariableCollectionId:import/${Object.keys(this.data.variableCollections).length + 1}`;
    const modes = modeNames.map((mode, index) => ({ modeId: `${id}:${index}`, name: mode }));
    const collection: LocalVariableCollection = {
      id,
      name,
      key: id,
      modes,
      defaultModeId:
        modes.find((m) => m.name === defaultMode)?.modeId ?? (modes[0]?.modeId as string),
      remote: false,
      hiddenFromPublishing: false,
      variableIds: [],
    };
    this.data.variableCollections[id] = collection;
    return collection;
  }

  variable(
    collection: LocalVariableCollection,
    fields: Pick<ImportedVariable, "name" | "resolvedType"> & Partial<ImportedVariable>,
  ): ImportedVariable {
    const id = fields.id ?? `${SYNTHETIC_ID}${collection.name}/${fields.name}`;
    const variable: ImportedVariable = {
      id,
      key: id,
      variableCollectionId: collection.id,
      valuesByMode: {},
      remote: false,
      description: "",
      hiddenFromPublishing: false,
      scopes: ["ALL_SCOPES"],
      codeSyntax: {},
      ...fields,
    };
    this.data.variables[id] = variable;
    collection.variableIds.push(id);
    return variable;
  }
}

/** Hex / rgba() strings and DTCG colour objects → Figma's 0–1 RGBA. */
export function importColor(
  value: unknown,
): { r: number; g: number; b: number; a: number } | undefined {
  const rgba = typeof value === "string" ? /^rgba?\(([^)]+)\)$/i.exec(value.trim()) : null;
  if (rgba) {
    const parts = (rgba[1] as string)
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    const [r, g, b, a = 1] = parts;
    if ([r, g, b, a].some((n) => n === undefined || Number.isNaN(n))) return undefined;
    return { r: (r as number) / 255, g: (g as number) / 255, b: (b as number) / 255, a };
  }
  if (typeof value === "object" && value !== null && "components" in value) {
    const { components, alpha } = value as { components: unknown[]; alpha?: number };
    if (components.every((c) => typeof c === "number")) {
      const [r, g, b] = components as number[];
      return { r: r as number, g: g as number, b: b as number, a: alpha ?? 1 };
    }
    if ("hex" in value) return importColor((value as { hex: unknown }).hex);
  }
  const parsed = parseColor(value);
  return parsed && { r: parsed.r / 255, g: parsed.g / 255, b: parsed.b / 255, a: parsed.a };
}

export const KNOWN_SCOPES = new Set<string>([
  "ALL_SCOPES",
  "TEXT_CONTENT",
  "CORNER_RADIUS",
  "WIDTH_HEIGHT",
  "GAP",
  "ALL_FILLS",
  "FRAME_FILL",
  "SHAPE_FILL",
  "TEXT_FILL",
  "STROKE_COLOR",
  "STROKE_FLOAT",
  "EFFECT_FLOAT",
  "EFFECT_COLOR",
  "OPACITY",
  "FONT_FAMILY",
  "FONT_STYLE",
  "FONT_WEIGHT",
  "FONT_SIZE",
  "LINE_HEIGHT",
  "LETTER_SPACING",
  "PARAGRAPH_SPACING",
  "PARAGRAPH_INDENT",
  "FONT_VARIATIONS",
]);

/** Scopes as exported; the native export has been seen writing `STROKE` for `STROKE_COLOR`. */
export function importScopes(value: unknown): VariableScope[] {
  if (!Array.isArray(value)) return ["ALL_SCOPES"];
  return value
    .map((scope) => (scope === "STROKE" ? "STROKE_COLOR" : scope))
    .filter((scope): scope is VariableScope => KNOWN_SCOPES.has(scope));
}
