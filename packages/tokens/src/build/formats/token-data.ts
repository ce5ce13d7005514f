import { defaultMode, type TokenBuild } from "../token-build";

export interface TokenEntry {
  type: string;
  cssVar: string;
  /** CSS value in the default mode. */
  value: string | number;
  /** Value per mode, for tokens that change with the mode. */
  modes?: Record<string, string | number>;
  description?: string;
}

export interface TokenData {
  modes: string[];
  tokens: Record<string, TokenEntry>;
  contrast: { mode: string; foreground: string; background: string; ratio: number; min: number }[];
}

/** Flat, resolved data shared by `tokens.json` and `index.js`. */
export function tokenData(build: TokenBuild): TokenData {
  const tokens: Record<string, TokenEntry> = {};
  for (const token of defaultMode(build).tokens.values()) {
    const entry: TokenEntry = { type: token.type, cssVar: token.cssVar, value: token.value };
    if (build.modalPaths.has(token.path)) {
      entry.modes = Object.fromEntries(
        build.modes.map((mode) => [mode.name, mode.tokens.get(token.path)?.value ?? token.value]),
      );
    }
    if (token.description) entry.description = token.description;
    tokens[token.path] = entry;
  }
  return {
    modes: build.modes.map((mode) => mode.name),
    tokens,
    contrast: build.contrast.map(({ mode, foreground, background, ratio, min }) => ({
      mode,
      foreground,
      background,
      ratio: Math.floor(ratio * 100) / 100,
      min,
    })),
  };
}

/** `tokens.json`. */
export function formatJson(build: TokenBuild): string {
  return `${JSON.stringify(tokenData(build), null, 2)}\n`;
}
