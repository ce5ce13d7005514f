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
  /** Text styles (`text.title-lg.*`): their size, line height, weight and letter spacing. */
  textStyles: [key: string, parts: TextStyleParts][];
  shadow: Entries;
  ease: Entries;
  duration: Entries;
  zIndex: Entries;
  breakpoint: Entries;
}

/** The parts of a text style that Tailwind's `text-*` utilities set (font family is not one). */
export interface TextStyleParts {
  fontSize: BuiltToken;
  lineHeight: BuiltToken;
  fontWeight: BuiltToken;
  letterSpacing: BuiltToken;
}

const TEXT_STYLE_PARTS = {
  "font-size": "fontSize",
  "line-height": "lineHeight",
  "font-weight": "fontWeight",
  "letter-spacing": "letterSpacing",
} as const;

/** `text.<style>.<part>` tokens grouped by style, in file order. */
function textStyles(build: TokenBuild): [string, TextStyleParts][] {
  const styles = new Map<string, Partial<TextStyleParts>>();
  for (const [rest, token] of tokensUnder(build, "text")) {
    const dot = rest.lastIndexOf(".");
    const part = TEXT_STYLE_PARTS[rest.slice(dot + 1) as keyof typeof TEXT_STYLE_PARTS];
    if (dot < 0) continue;
    const style = styles.get(rest.slice(0, dot)) ?? {};
    styles.set(rest.slice(0, dot), style);
    if (part) style[part] = token;
  }
  return [...styles].filter((entry): entry is [string, TextStyleParts] =>
    Object.values(TEXT_STYLE_PARTS).every((part) => entry[1][part] !== undefined),
  );
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
    textStyles: textStyles(build),
    shadow: tokensUnder(build, "shadow"),
    ease: tokensUnder(build, "ease"),
    duration: tokensUnder(build, "duration"),
    zIndex: tokensUnder(build, "z"),
    breakpoint: tokensUnder(build, "breakpoint"),
  };
}
