import { toHex } from "../check/color";
import { isObject } from "../tokens/token-tree";
import { type LocalVariable } from "./figma-types";

/** Figma sends float32 values widened to double (0.6 → 0.6000000238418579): keep 4 decimals. */
export function roundNumber(value: number): number {
  return Number(value.toFixed(4));
}

/** 0–1 float channels → `#rrggbb` or `#rrggbbaa`, channels rounded (never truncated). */
export function figmaColorToHex(color: { r: number; g: number; b: number; a?: number }): string {
  const channel = (c: number) => Math.min(255, Math.max(0, Math.round(c * 255)));
  return toHex({ r: channel(color.r), g: channel(color.g), b: channel(color.b), a: color.a ?? 1 });
}

export function isFigmaColor(
  value: unknown,
): value is { r: number; g: number; b: number; a?: number } {
  return isObject(value) && ["r", "g", "b"].every((k) => typeof value[k] === "number");
}

/** A variable built by an importer may fix its DTCG type (Tokens Studio `number`, …). */
export type ImportedVariable = LocalVariable & { tokenType?: string };

/** DTCG `$type` for a variable, from its resolved type and scopes (research §6 rule 3). */
export function tokenTypeFor(variable: ImportedVariable): string {
  if (variable.tokenType) return variable.tokenType;
  const scopes = variable.scopes ?? [];
  switch (variable.resolvedType) {
    case "COLOR":
      return "color";
    case "FLOAT":
      if (scopes.includes("FONT_WEIGHT")) return "fontWeight";
      if (scopes.includes("OPACITY") || scopes.includes("LINE_HEIGHT")) return "number";
      return "dimension";
    case "STRING":
      return scopes.includes("FONT_FAMILY") ? "fontFamily" : "string";
    case "BOOLEAN":
      return "boolean";
    default:
      // mapVariables reports unknown types before anything is written.
      return "unknown";
  }
}

/** A literal Figma value as a DTCG `$value`, or undefined when it does not fit the type. */
export function tokenValueFor(type: string, value: unknown): unknown {
  switch (type) {
    case "color":
      return isFigmaColor(value) ? figmaColorToHex(value) : undefined;
    case "dimension":
      return typeof value === "number" ? { value: roundNumber(value), unit: "px" } : undefined;
    case "fontWeight":
    case "number":
      return typeof value === "number" ? roundNumber(value) : undefined;
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    default:
      return typeof value === "string" ? value : undefined;
  }
}
