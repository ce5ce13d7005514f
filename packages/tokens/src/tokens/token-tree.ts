/** A DTCG token tree as stored in one JSON file. */
export type TokenTree = { [key: string]: unknown };

/** One token, with its group-inherited `$type` applied. */
export interface FlatToken {
  /** Dotted path, e.g. `color.brand.500`. */
  path: string;
  type: string | undefined;
  value: unknown;
  description?: string | undefined;
  extensions?: Record<string, unknown> | undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isToken(node: unknown): node is Record<string, unknown> & { $value: unknown } {
  return isObject(node) && "$value" in node;
}

/** Every token in a tree, depth first, in key order. */
export function flattenTokens(tree: TokenTree): FlatToken[] {
  const tokens: FlatToken[] = [];
  const visit = (node: Record<string, unknown>, path: string[], type: string | undefined) => {
    const groupType = typeof node.$type === "string" ? node.$type : type;
    if (isToken(node)) {
      tokens.push({
        path: path.join("."),
        type: groupType,
        value: node.$value,
        description: typeof node.$description === "string" ? node.$description : undefined,
        extensions: isObject(node.$extensions) ? node.$extensions : undefined,
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith("$") || !isObject(child)) continue;
      visit(child, [...path, key], groupType);
    }
  };
  visit(tree, [], undefined);
  return tokens;
}

/** Sets `token` at `path` in `tree`, creating groups on the way. */
export function setToken(tree: TokenTree, path: readonly string[], token: Record<string, unknown>) {
  let node = tree;
  for (const segment of path.slice(0, -1)) {
    const next = node[segment];
    node = isObject(next) ? next : (node[segment] = {});
  }
  node[path[path.length - 1] as string] = token;
}

/** Reference syntax `{a.b.c}`: returns `a.b.c` when the whole value is one reference. */
export function referencedPath(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^\{([^{}]+)\}$/.exec(value.trim());
  return match?.[1];
}

/** Every `{a.b}` reference anywhere inside a value (strings, arrays, objects). */
export function collectReferences(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") {
    for (const match of value.matchAll(/\{([^{}]+)\}/g)) into.push(match[1] as string);
  } else if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, into);
  } else if (isObject(value)) {
    for (const item of Object.values(value)) collectReferences(item, into);
  }
  return into;
}
