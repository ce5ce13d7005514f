import { TokensError } from "../errors";

/**
 * One Figma name segment → one token path segment: trimmed, camelCase split, lower-case,
 * whitespace and `_` → `-` (except `_` between digits, which stands for a decimal point, as in
 * `spacing.0_5`), other punctuation → `-`, repeats collapsed.
 */
export function normaliseSegment(segment: string): string {
  return segment
    .trim()
    .replace(/(\d)[.,](\d)/g, "$1_$2")
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/(?<!\d)_|_(?!\d)/g, "-")
    .replace(/[^\p{L}\p{N}_-]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

/** `Background/Surface Raised` → `["background", "surface-raised"]`. */
export function tokenPathFor(name: string, label: string): string[] {
  const segments = name.split("/");
  for (const segment of segments) {
    const trimmed = segment.trim();
    if (trimmed.startsWith("$") || /[{}]/.test(trimmed) || /(?<!\d)\.|\.(?!\d)/.test(trimmed)) {
      throw new TokensError(
        `${label}: the name segment "${trimmed}" cannot become a token name (no leading "$", no "{", "}" or "."). Rename it in Figma.`,
      );
    }
  }
  const path = segments.map(normaliseSegment);
  if (path.some((segment) => segment === "")) {
    throw new TokensError(
      `${label}: the name has an empty segment after normalising. Rename it in Figma.`,
    );
  }
  return path;
}

/** Collection or mode name → file name part: `Semantic Colors` → `semantic-colors`. */
export function fileNamePart(name: string): string {
  return normaliseSegment(name.replaceAll(".", "-")) || "collection";
}
