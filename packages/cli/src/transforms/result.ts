/** What a transform did to one file: its new text, or a step the user must take by hand. */
export type TransformResult =
  { kind: "changed"; text: string } | { kind: "unchanged" } | { kind: "manual"; step: string };

export const changed = (before: string, text: string): TransformResult =>
  text === before ? { kind: "unchanged" } : { kind: "changed", text };

/** Inserts `line` after the last top-level import (or at the top, after a directive). */
export function addImport(source: string, line: string): string {
  if (source.includes(line)) return source;
  const imports = [
    ...source.matchAll(
      /^import\s[\s\S]*?from\s+["'][^"']+["'];?[^\n]*$|^import\s+["'][^"']+["'];?[^\n]*$/gm,
    ),
  ];
  const last = imports.at(-1);
  if (last) {
    const end = (last.index ?? 0) + last[0].length;
    return `${source.slice(0, end)}\n${line}${source.slice(end)}`;
  }
  const directive = /^(["'])use (client|server)\1;?\n/.exec(source);
  if (directive) return `${directive[0]}${line}\n${source.slice(directive[0].length)}`;
  return `${line}\n${source}`;
}

/** The index of the bracket that closes the one at `open` (skips strings and comments). */
export function matchingBracket(text: string, open: number): number {
  const pairs: Record<string, string> = { "{": "}", "[": "]", "(": ")" };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"' || char === "'" || char === "`") {
      const end = text.indexOf(char, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (char === "/" && text[i + 1] === "*") {
      i = text.indexOf("*/", i + 2) + 1;
      if (i <= 0) return -1;
    } else if (char === "/" && text[i + 1] === "/") {
      i = text.indexOf("\n", i);
      if (i < 0) return -1;
    } else if (pairs[char]) stack.push(pairs[char]!);
    else if (char === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return -1;
}
