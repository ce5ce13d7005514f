import { type ModeLayer } from "../tokens/mode-layers";
import { TYPOGRAPHY_PARTS } from "./validate-schema";
import {
  collectReferences,
  flattenTokens,
  isObject,
  referencedPath,
  type FlatToken,
} from "../tokens/token-tree";

export interface LayerToken extends FlatToken {
  fileName: string;
}

export interface ResolvedLayer {
  tokens: Map<string, LayerToken>;
  /** Path → value with every reference replaced by the referenced value. */
  resolved: Map<string, unknown>;
  problems: string[];
}

/** Collects a mode's tokens and resolves references, reporting duplicates, dangling refs, cycles. */
export function resolveLayer(layer: ModeLayer): ResolvedLayer {
  const problems: string[] = [];
  const tokens = new Map<string, LayerToken>();
  for (const file of layer.files) {
    for (const token of flattenTokens(file.tree)) {
      const existing = tokens.get(token.path);
      if (existing) {
        problems.push(
          `${token.path} is defined in both ${existing.fileName} and ${file.fileName}; keep one.`,
        );
        continue;
      }
      tokens.set(token.path, { ...token, fileName: file.fileName });
    }
  }
  for (const path of tokens.keys()) {
    const segments = path.split(".");
    for (let i = 1; i < segments.length; i++) {
      const prefix = segments.slice(0, i).join(".");
      const parent = tokens.get(prefix);
      if (parent) {
        problems.push(
          `${prefix} (${parent.fileName}) is a token and also the group of ${path} (${tokens.get(path)?.fileName}); rename one.`,
        );
      }
    }
  }

  for (const token of tokens.values()) {
    if (token.type !== "typography" || !isObject(token.value)) continue;
    for (const [part, expected] of Object.entries(TYPOGRAPHY_PARTS)) {
      const target = tokens.get(referencedPath(token.value[part]) ?? "");
      const allowed = part === "lineHeight" ? [expected, "number"] : [expected];
      if (target && !allowed.includes(target.type ?? "")) {
        problems.push(
          `${token.path} (${token.fileName}): its ${part} references {${target.path}}, a ${target.type}; it must be a ${allowed.join(" or a ")}.`,
        );
      }
    }
  }

  const resolved = new Map<string, unknown>();
  const failed = new Set<string>();
  const resolve = (path: string, stack: string[]): unknown => {
    if (resolved.has(path)) return resolved.get(path);
    if (failed.has(path)) return undefined;
    const token = tokens.get(path) as LayerToken;
    if (stack.includes(path)) {
      const cycle = [...stack.slice(stack.indexOf(path)), path];
      // A cycle may exist in one mode only: name the mode and the files it runs through.
      const files = [...new Set(cycle.map((member) => tokens.get(member)?.fileName))].join(", ");
      problems.push(
        `Alias cycle in the ${layer.name} mode (${files}): ${cycle.join(" → ")}; break the loop there.`,
      );
      for (const member of cycle) failed.add(member);
      return undefined;
    }
    const replace = (value: unknown): unknown => {
      const whole = referencedPath(value);
      if (whole !== undefined) {
        const target = tokens.get(whole);
        if (!target) {
          problems.push(
            `${path} (${token.fileName}) references {${whole}}, which does not exist in the ${layer.name} mode.`,
          );
          return undefined;
        }
        if (value === token.value && target.type !== token.type) {
          problems.push(
            `${path} (${token.fileName}) is a ${token.type} but references {${whole}}, a ${target.type}.`,
          );
        }
        return resolve(whole, [...stack, path]);
      }
      if (typeof value === "string" && collectReferences(value).length > 0) {
        problems.push(
          `${path} (${token.fileName}) mixes a reference into "${value}"; a reference must be the whole value.`,
        );
        return value;
      }
      if (Array.isArray(value)) return value.map(replace);
      if (isObject(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
      }
      return value;
    };
    const value = replace(token.value);
    if (failed.has(path)) return undefined;
    resolved.set(path, value);
    return value;
  };
  for (const path of tokens.keys()) resolve(path, []);
  return { tokens, resolved, problems };
}
