/**
 * The one filter of Combobox and Command, so typing the same letters finds the same options in
 * both. Case- and accent-insensitive; scores 0 (no match) to 1 (the whole text):
 *
 * | match                                                   | score     |
 * | ------------------------------------------------------- | --------- |
 * | the text itself                                         | 1         |
 * | a prefix ("uni" → "United Kingdom")                     | 0.9       |
 * | the start of a word ("king" → "United Kingdom")         | 0.8       |
 * | anywhere else in one piece ("ted" → "United Kingdom")   | 0.7       |
 * | letters in order ("ukd" → "United Kingdom"), by spread  | 0.1 – 0.5 |
 *
 * A keyword match scores as the text would, times 0.95, so a label match ranks first.
 */
export function fuzzyScore(text: string, query: string, keywords?: readonly string[]): number {
  const needle = normalizeForSearch(query).trim();
  if (needle === "") return 1;
  let best = scoreNormalized(normalizeForSearch(text), needle);
  if (best < 0.9 && keywords) {
    for (const keyword of keywords) {
      best = Math.max(best, scoreNormalized(normalizeForSearch(keyword), needle) * 0.95);
    }
  }
  return best;
}

/** Lower case without accents ("Île" → "ile"): the form texts and queries are compared in. */
export function normalizeForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Only decompose when there is something to strip: most labels are plain ASCII.
  // eslint-disable-next-line no-control-regex -- the ASCII range, not control characters
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize("NFD").replace(/\p{M}/gu, "");
}

function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  // Anything that is not a letter or digit separates words: space, "-", "_", "/", ".", "(".
  return !/[\p{L}\p{N}]/u.test(String.fromCharCode(before));
}

function scoreNormalized(haystack: string, needle: string): number {
  if (haystack === needle) return 1;
  const at = haystack.indexOf(needle);
  if (at === 0) return 0.9;
  if (at > 0) {
    for (let index = at; index !== -1; index = haystack.indexOf(needle, index + 1)) {
      if (isWordStart(haystack, index)) return 0.8;
    }
    return 0.7;
  }
  // Letters in order: the closer together (and the more at word starts), the higher.
  let from = 0;
  let first = -1;
  let last = -1;
  let wordStarts = 0;
  for (const char of needle) {
    if (char === " ") continue;
    const index = haystack.indexOf(char, from);
    if (index === -1) return 0;
    if (first === -1) first = index;
    if (isWordStart(haystack, index)) wordStarts += 1;
    last = index;
    from = index + 1;
  }
  const letters = needle.replace(/ /g, "").length;
  const spread = letters / (last - first + 1);
  return 0.1 + 0.3 * spread + 0.1 * (wordStarts / letters);
}
