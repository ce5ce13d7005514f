import { flattenTokens, type TokenTree } from "../tokens/token-tree";

export interface TokenDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

function tokenEntries(files: ReadonlyMap<string, TokenTree>): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [fileName, tree] of files) {
    for (const token of flattenTokens(tree)) {
      const shown = JSON.stringify([token.type, token.value, token.description ?? ""]);
      entries.set(`${token.path} (${fileName})`, shown);
    }
  }
  return entries;
}

/** Token-level differences (type, value, description) between two sets of files. */
export function diffTokens(
  before: ReadonlyMap<string, TokenTree>,
  after: ReadonlyMap<string, TokenTree>,
): TokenDiff {
  const old = tokenEntries(before);
  const next = tokenEntries(after);
  return {
    added: [...next.keys()].filter((key) => !old.has(key)),
    changed: [...next.keys()].filter((key) => old.has(key) && old.get(key) !== next.get(key)),
    removed: [...old.keys()].filter((key) => !next.has(key)),
  };
}

const LIST_LIMIT = 25;

/** `3 added, 1 changed, 0 removed` followed by the token paths (capped per kind). */
export function formatDiff(diff: TokenDiff): string {
  const lines = [
    `${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed`,
  ];
  const list = (sign: string, items: string[]) => {
    for (const item of items.slice(0, LIST_LIMIT)) lines.push(`  ${sign} ${item}`);
    if (items.length > LIST_LIMIT) lines.push(`  ${sign} … and ${items.length - LIST_LIMIT} more`);
  };
  list("+", diff.added);
  list("~", diff.changed);
  list("-", diff.removed);
  return `${lines.join("\n")}\n`;
}
