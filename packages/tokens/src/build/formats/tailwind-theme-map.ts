import { type BuiltToken } from "../style-dictionary";
import { tokensUnder, type TokenBuild } from "../token-build";

type Entries = [key: string, token: BuiltToken][];

/** What both Tailwind outputs map, keyed the way Tailwind names its theme. */
export interface TailwindThemeMap {
  /** Semantic colours only (tokens that differ per mode); palettes stay out of utilities. */
  colors: Entries;
  spacing: Entries;
  radius: Entries;
  fontFamily: Entries;
  fontSize: [key: string, size: BuiltToken, lineHeight: BuiltToken | undefined][];
  fontWeight: Entries;
  shadow: Entries;
  ease: Entries;
  duration: Entries;
  zIndex: Entries;
  breakpoint: Entries;
}

export const DARK_VARIANT_SELECTOR =
  '&:where([data-theme="dark"], [data-theme="dark"] *, .dark, .dark *)';

/** Values Tailwind cannot take as `var()` (media queries): breakpoints are written literally. */
export function themeValue(token: BuiltToken): string {
  return token.type === "dimension" && token.path.startsWith("breakpoint.")
    ? String(token.value)
    : `var(${token.cssVar})`;
}

export function tailwindThemeMap(build: TokenBuild): TailwindThemeMap {
  const lineHeights = new Map(tokensUnder(build, "font.line-height"));
  return {
    // Nested colour groups (`color.chart.categorical.1`) become one hyphenated key
    // (`chart-categorical-1` → `bg-chart-categorical-1`), the same name as the CSS variable.
    colors: tokensUnder(build, "color")
      .filter(([, token]) => build.modalPaths.has(token.path))
      .map(([key, token]) => [key.replaceAll(".", "-"), token]),
    spacing: tokensUnder(build, "spacing"),
    radius: tokensUnder(build, "radius"),
    fontFamily: tokensUnder(build, "font.family"),
    fontSize: tokensUnder(build, "font.size").map(([key, size]) => [
      key,
      size,
      lineHeights.get(key),
    ]),
    fontWeight: tokensUnder(build, "font.weight"),
    shadow: tokensUnder(build, "shadow"),
    ease: tokensUnder(build, "ease"),
    duration: tokensUnder(build, "duration"),
    zIndex: tokensUnder(build, "z"),
    breakpoint: tokensUnder(build, "breakpoint"),
  };
}
