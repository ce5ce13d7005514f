import { isObject } from "../tokens/token-tree";
import { isAlias, type LocalVariable, type VariablesData } from "./figma-types";
import { isFigmaColor, tokenTypeFor, tokenValueFor } from "./figma-values";

/** What alias resolution needs: the data, the path of every emitted variable, a problem sink. */
export interface AliasContext {
  data: VariablesData;
  /** Variable id → dotted token path, for variables that become tokens. */
  paths: ReadonlyMap<string, string>;
  problems: string[];
  /** `id@mode` → resolved literal (undefined after a problem). */
  literals: Map<string, unknown>;
}

export function describeVariable(data: VariablesData, variable: LocalVariable, modeId?: string) {
  const collection = data.variableCollections[variable.variableCollectionId];
  const mode = collection?.modes.find((m) => m.modeId === modeId)?.name ?? modeId;
  const where = collection ? ` in collection "${collection.name}"` : "";
  return `Figma variable "${variable.name}"${where}${mode ? `, mode "${mode}"` : ""}`;
}

/**
 * Figma's mode rule: an alias into the same collection keeps the mode; into another collection it
 * reads that collection's default mode.
 */
function targetMode(
  data: VariablesData,
  from: LocalVariable,
  modeId: string,
  target: LocalVariable,
) {
  if (target.variableCollectionId === from.variableCollectionId) return modeId;
  const collection = data.variableCollections[target.variableCollectionId];
  if (collection && collection.defaultModeId in target.valuesByMode)
    return collection.defaultModeId;
  return Object.keys(target.valuesByMode)[0] ?? modeId;
}

/** Follows one alias; reports a missing or deleted target. */
function aliasTarget(ctx: AliasContext, from: LocalVariable, modeId: string, id: string) {
  const target = ctx.data.variables[id];
  const source = describeVariable(ctx.data, from, modeId);
  if (!target) {
    ctx.problems.push(
      `${source} aliases variable id ${id}, which is not in the file (deleted, or from a library the file no longer uses). Re-link the alias in Figma.`,
    );
    return undefined;
  }
  if (target.deletedButReferenced) {
    ctx.problems.push(
      `${source} aliases "${target.name}", which was deleted in Figma but is still referenced. Re-link the alias in Figma.`,
    );
    return undefined;
  }
  return target;
}

/** One step of an alias chain: a variable read in a mode. */
interface ChainStep {
  variable: LocalVariable;
  modeId: string;
}

/** `collection "Semantic", mode "Dark"` for a step. */
function whereIs(data: VariablesData, { variable, modeId }: ChainStep) {
  const collection = data.variableCollections[variable.variableCollectionId];
  const mode = collection?.modes.find((m) => m.modeId === modeId)?.name ?? modeId;
  return `collection "${collection?.name ?? variable.variableCollectionId}", mode "${mode}"`;
}

/** Names the collection and mode of the cycle: a cycle may exist in one mode only. */
function cycleProblem(data: VariablesData, steps: readonly ChainStep[]) {
  const places = new Set(steps.map((step) => whereIs(data, step)));
  const names = steps.map(
    (step) => `"${step.variable.name}"${places.size > 1 ? ` (${whereIs(data, step)})` : ""}`,
  );
  const where = places.size === 1 ? ` ${[...places][0] as string}` : "";
  return `Alias cycle in Figma${where}: ${names.join(" → ")}. Break the loop in Figma${places.size === 1 ? " in that mode" : ""}.`;
}

/** The literal a variable has in a mode, following alias chains; undefined after a problem. */
export function literalOf(
  ctx: AliasContext,
  variable: LocalVariable,
  modeId: string,
  chain: readonly ChainStep[] = [],
): unknown {
  const cache = ctx.literals;
  const key = `${variable.id}@${modeId}`;
  if (cache.has(key)) return cache.get(key);
  const seen = chain.findIndex((step) => step.variable === variable && step.modeId === modeId);
  if (seen >= 0) {
    ctx.problems.push(cycleProblem(ctx.data, [...chain.slice(seen), { variable, modeId }]));
    return undefined;
  }
  const next = [...chain, { variable, modeId }];
  const raw = variable.valuesByMode[modeId];
  let literal: unknown;
  if (raw === undefined) {
    ctx.problems.push(`${describeVariable(ctx.data, variable, modeId)} has no value in this mode.`);
  } else if (isAlias(raw)) {
    const target = aliasTarget(ctx, variable, modeId, raw.id);
    if (target && target.resolvedType !== variable.resolvedType) {
      ctx.problems.push(
        `${describeVariable(ctx.data, variable, modeId)} (${variable.resolvedType}) aliases "${target.name}", a ${target.resolvedType}. Re-link the alias in Figma.`,
      );
    } else if (target) {
      const mode = targetMode(ctx.data, variable, modeId, target);
      literal = literalOf(ctx, target, mode, next);
    }
  } else if (isObject(raw) && "color" in raw && "opacity" in raw) {
    // A colour alias with opacity: resolved to a literal colour.
    const part = (value: unknown) => {
      if (!isAlias(value)) return value;
      const target = aliasTarget(ctx, variable, modeId, value.id);
      if (!target) return undefined;
      const mode = targetMode(ctx.data, variable, modeId, target);
      return literalOf(ctx, target, mode, next);
    };
    const color = part(raw.color);
    const opacity = part(raw.opacity);
    if (isFigmaColor(color) && typeof opacity === "number") {
      literal = { ...color, a: (color.a ?? 1) * (opacity > 1 ? opacity / 100 : opacity) };
    }
  } else {
    literal = raw;
  }
  cache.set(key, literal);
  return literal;
}

export interface OutputValue {
  value: unknown;
  /** Set when an alias to a variable that is not written (library, hidden) was inlined. */
  inlined?: { id: string; name: string; remote: boolean };
}

/**
 * The `$value` to write: `{path}` when the alias target is written as a token of the same type,
 * else the resolved literal. Call only after `literalOf` succeeded for the same variable and mode.
 */
export function outputValue(
  ctx: AliasContext,
  variable: LocalVariable,
  modeId: string,
): OutputValue {
  const type = tokenTypeFor(variable);
  let step = variable;
  let mode = modeId;
  let inlined: OutputValue["inlined"];
  for (;;) {
    const raw = step.valuesByMode[mode];
    if (!isAlias(raw)) break;
    const target = ctx.data.variables[raw.id] as LocalVariable;
    const path = ctx.paths.get(target.id);
    if (path !== undefined && tokenTypeFor(target) === type) return { value: `{${path}}`, inlined };
    inlined ??= { id: target.id, name: target.name, remote: target.remote };
    mode = targetMode(ctx.data, step, mode, target);
    step = target;
  }
  const value = tokenValueFor(type, literalOf(ctx, variable, modeId));
  if (value === undefined) {
    ctx.problems.push(
      `${describeVariable(ctx.data, variable, modeId)} has a value that is not a ${variable.resolvedType}.`,
    );
  }
  return inlined ? { value, inlined } : { value };
}
