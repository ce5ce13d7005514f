import { isObject, isToken, type TokenTree } from "../tokens/token-tree";

const TOKEN_KEY_ORDER = ["$type", "$value", "$description", "$extensions"];

/** Natural order: `50, 100, … 950`, `0, 0_5, 1, …, px`. */
export function compareKeys(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

function orderedKeys(node: Record<string, unknown>): string[] {
  const keys = Object.keys(node);
  if (isToken(node)) {
    return [
      ...TOKEN_KEY_ORDER.filter((k) => k in node),
      ...keys.filter((k) => !TOKEN_KEY_ORDER.includes(k)).sort(),
    ];
  }
  return [
    ...keys.filter((k) => k.startsWith("$")).sort(),
    ...keys.filter((k) => !k.startsWith("$")).sort(compareKeys),
  ];
}

/**
 * JSON.stringify puts integer-like keys (`"4"`) before others (`"0_5"`), so groups are written
 * by hand to keep the natural order. Values inside `$value`/`$extensions` keep their own order.
 */
function write(node: unknown, indent: string, sortKeys: boolean): string {
  if (!isObject(node)) return JSON.stringify(node, null, 2).replaceAll("\n", `\n${indent}`);
  const keys = sortKeys ? orderedKeys(node) : Object.keys(node);
  if (keys.length === 0) return "{}";
  const inner = `${indent}  `;
  const fields = keys.map((key) => {
    const childSorted = sortKeys && !(key.startsWith("$") && key !== "$root");
    return `${inner}${JSON.stringify(key)}: ${write(node[key], inner, childSorted)}`;
  });
  return `{\n${fields.join(",\n")}\n${indent}}`;
}

/** Stable JSON for reviewable diffs: natural key order, 2-space indent, trailing newline. */
export function serializeTokenTree(tree: TokenTree): string {
  return `${write(tree, "", true)}\n`;
}
