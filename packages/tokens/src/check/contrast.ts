import { type ContrastPair } from "../io/token-files";
import { composite, contrastRatio, parseColor, type Rgba } from "./color";

export interface ContrastResult extends ContrastPair {
  mode: string;
  ratio: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * Pairs to check: every `color.X-foreground` on `color.X`, `color.foreground` on
 * `color.background`, and the pairs declared in `$contrast.json`.
 */
export function contrastPairsFor(
  colorPaths: Iterable<string>,
  declared: readonly ContrastPair[],
): ContrastPair[] {
  const paths = new Set(colorPaths);
  const pairs: ContrastPair[] = [];
  if (paths.has("color.foreground") && paths.has("color.background")) {
    pairs.push({ foreground: "color.foreground", background: "color.background", min: 4.5 });
  }
  for (const path of paths) {
    const base = /^(color\..+)-foreground$/.exec(path)?.[1];
    if (base && paths.has(base)) pairs.push({ foreground: path, background: base, min: 4.5 });
  }
  return [...pairs, ...declared];
}

/** Contrast of each pair in one mode; translucent colours are painted over the page background. */
export function measureContrast(
  mode: string,
  resolved: ReadonlyMap<string, unknown>,
  pairs: readonly ContrastPair[],
): { results: ContrastResult[]; problems: string[] } {
  const results: ContrastResult[] = [];
  const problems: string[] = [];
  const page = parseColor(resolved.get("color.background"));
  const canvas = page ? composite(page, WHITE) : WHITE;
  for (const pair of pairs) {
    const fg = parseColor(resolved.get(pair.foreground));
    const bg = parseColor(resolved.get(pair.background));
    if (!fg || !bg) {
      const missing = fg ? pair.background : pair.foreground;
      problems.push(
        `Contrast pair ${pair.foreground} on ${pair.background}: ${missing} is not a colour in the ${mode} mode.`,
      );
      continue;
    }
    const background = composite(bg, canvas);
    const ratio = contrastRatio(composite(fg, background), background);
    results.push({ ...pair, mode, ratio });
    // Compare at two decimals, as contrast checkers display it.
    if (Math.floor(ratio * 100) / 100 < pair.min) {
      problems.push(
        `Contrast too low in the ${mode} mode: ${pair.foreground} on ${pair.background} is ${ratio.toFixed(2)}:1, needs ${pair.min}:1 (WCAG 2.2 AA).`,
      );
    }
  }
  return { results, problems };
}
