// The token data the Foundations pages render: read from @nexod/tokens (its built dist), never
// hand-copied, so the pages change when the tokens do.
import { contrast, modes, tokens } from "@nexod/tokens";
import { contrastRatio } from "./contrast.ts";

export interface Token {
  /** Dotted path: `color.primary-foreground`. */
  name: string;
  type: string;
  cssVar: string;
  /** Value in the default mode (`:root`). */
  value: string;
  /** Values per mode, when the token varies by mode. */
  modes?: Record<string, string>;
  description?: string;
}

interface RawToken {
  type: string;
  cssVar: string;
  value: string | number;
  modes?: Record<string, string | number>;
  description?: string;
}

export const MODES: readonly string[] = modes;

export const ALL_TOKENS: readonly Token[] = Object.entries(
  tokens as unknown as Record<string, RawToken>,
).map(([name, raw]) => ({
  name,
  type: raw.type,
  cssVar: raw.cssVar,
  value: String(raw.value),
  ...(raw.modes
    ? {
        modes: Object.fromEntries(
          Object.entries(raw.modes).map(([mode, value]) => [mode, String(value)]),
        ),
      }
    : {}),
  ...(raw.description ? { description: raw.description } : {}),
}));

const byName = new Map(ALL_TOKENS.map((token) => [token.name, token]));

export function getToken(name: string): Token {
  const token = byName.get(name);
  if (!token) throw new Error(`Unknown token ${name}`);
  return token;
}

export function hasToken(name: string): boolean {
  return byName.has(name);
}

/** Tokens under a path prefix (`spacing`, `font.size`), in the order the tokens package emits. */
export function tokensIn(prefix: string): Token[] {
  return ALL_TOKENS.filter((token) => token.name.startsWith(`${prefix}.`));
}

/** Last path segment, with `_` shown as `.` (`spacing.0_5` → `0.5`). */
export function shortName(token: Token, prefix: string): string {
  return token.name.slice(prefix.length + 1).replace(/_/g, ".");
}

export function valueIn(token: Token, mode: string): string {
  return token.modes?.[mode] ?? token.value;
}

/** Converts `rem` to px at 16px = 1rem (as the tokens define), for labels. */
export function toPx(value: string): string {
  const rem = /^(-?[\d.]+)rem$/.exec(value);
  if (rem) return `${Math.round(parseFloat(rem[1]!) * 16 * 100) / 100}px`;
  return value === "0" ? "0px" : value;
}

// --- colours ------------------------------------------------------------------------------------

/** Semantic colours: the ones that change with the mode. */
export const SEMANTIC_COLORS: readonly Token[] = tokensIn("color").filter((token) => token.modes);

/** Primitive palettes (`color.brand.500`) grouped by family; white and black stand alone. */
export function primitivePalettes(): { family: string; tokens: Token[] }[] {
  const families = new Map<string, Token[]>();
  for (const token of tokensIn("color")) {
    if (token.modes) continue;
    const parts = token.name.split(".");
    const family = parts.length > 2 ? parts[1]! : "base";
    families.set(family, [...(families.get(family) ?? []), token]);
  }
  return [...families].map(([family, list]) => ({ family, tokens: list }));
}

export interface ColorPair {
  foreground: string;
  background: string;
  /** Required ratio when the tokens package declares the pair (4.5 text, 3 UI parts). */
  min?: number;
}

/**
 * Every pair worth a contrast figure: each `X` with its `X-foreground`, the text colours on the
 * page surfaces, and every pair the tokens package checks (with its minimum).
 */
export function colorPairs(): ColorPair[] {
  const pairs = new Map<string, ColorPair>();
  const add = (pair: ColorPair) => {
    const key = `${pair.foreground}|${pair.background}`;
    const existing = pairs.get(key);
    pairs.set(key, {
      ...existing,
      ...pair,
      ...(existing?.min && !pair.min ? { min: existing.min } : {}),
    });
  };
  for (const token of SEMANTIC_COLORS) {
    const partner = `${token.name}-foreground`;
    if (hasToken(partner)) add({ foreground: partner, background: token.name });
  }
  for (const text of ["color.foreground", "color.muted-foreground"]) {
    for (const surface of ["color.background", "color.surface", "color.raised"]) {
      if (hasToken(text) && hasToken(surface)) add({ foreground: text, background: surface });
    }
  }
  for (const check of contrast) {
    add({ foreground: check.foreground, background: check.background, min: check.min });
  }
  return [...pairs.values()];
}

/** Contrast of a pair in a mode, translucent colours composited over that mode's background. */
export function pairRatio(pair: ColorPair, mode: string): number {
  const canvas = valueIn(getToken("color.background"), mode);
  return contrastRatio(
    valueIn(getToken(pair.foreground), mode),
    valueIn(getToken(pair.background), mode),
    canvas,
  );
}

/** What the tokens package reported for the same pair, for cross-checking. */
export function reportedRatio(pair: ColorPair, mode: string): number | undefined {
  return contrast.find(
    (check) =>
      check.mode === mode &&
      check.foreground === pair.foreground &&
      check.background === pair.background,
  )?.ratio;
}
