// Token-level diff of two indexes (see read-tokens.mjs): added, changed, removed, and renamed
// (a removed token whose type and values per mode reappear under a new path).
import { isDeepStrictEqual } from "node:util";

/** Same type and the same value in every mode. */
const sameToken = (a, b) => a.type === b.type && isDeepStrictEqual(a.values, b.values);

/** Of several candidates for a rename, the one whose path shares the most segments. */
function closest(from, candidates) {
  const score = (to) => {
    const a = from.split(".");
    const b = to.split(".");
    let same = 0;
    while (same < a.length && a[same] === b[same]) same++;
    return same + (a.at(-1) === b.at(-1) ? 1 : 0);
  };
  return candidates.reduce((best, path) => (score(path) > score(best) ? path : best));
}

export function diffTokens(before, after) {
  const added = [...after.keys()].filter((path) => !before.has(path));
  const removed = [...before.keys()].filter((path) => !after.has(path));
  const renamed = [];
  for (const from of [...removed]) {
    const candidates = added.filter((to) => sameToken(before.get(from), after.get(to)));
    if (candidates.length === 0) continue;
    const to = closest(from, candidates);
    renamed.push({ from, to });
    removed.splice(removed.indexOf(from), 1);
    added.splice(added.indexOf(to), 1);
  }
  const changed = [...after.keys()]
    .filter((path) => before.has(path) && !sameToken(before.get(path), after.get(path)))
    .map((path) => ({ path, before: before.get(path), after: after.get(path) }));
  return {
    added: added.map((path) => ({ path, token: after.get(path) })),
    changed,
    removed: removed.map((path) => ({ path, token: before.get(path) })),
    renamed,
  };
}

/** A colour's hex value in a mode, following `{alias}` chains; undefined for other values. */
export function colorIn(index, path, mode, depth = 0) {
  const entry = index.get(path);
  if (!entry || depth > 20) return undefined;
  const value = entry.values[mode] ?? entry.values.all;
  const alias = typeof value === "string" ? /^\{([^{}]+)\}$/.exec(value.trim())?.[1] : undefined;
  if (alias) return colorIn(index, alias, mode, depth + 1);
  return typeof value === "string" && /^#[0-9a-f]{3,8}$/i.test(value)
    ? value.toLowerCase()
    : undefined;
}
