import { TokensError } from "../errors";

/**
 * DTCG 2025.10 font-weight keywords → numeric weights. CSS knows only `normal` and `bold` of
 * these, so keywords are written as numbers; anything else is refused by `check`.
 */
export const FONT_WEIGHT_KEYWORDS: Readonly<Record<string, number>> = {
  thin: 100,
  hairline: 100,
  "extra-light": 200,
  "ultra-light": 200,
  light: 300,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  "semi-bold": 600,
  "demi-bold": 600,
  bold: 700,
  "extra-bold": 800,
  "ultra-bold": 800,
  black: 900,
  heavy: 900,
  "extra-black": 950,
  "ultra-black": 950,
};

/**
 * A CSS string in single quotes. Quotes, backslashes, control characters and `<`/`>` are written
 * as hex escapes, so the value cannot end the string, the rule or an HTML `<style>` element.
 */
export function cssString(text: string): string {
  // Control characters (U+0000–U+001F, U+007F) end a CSS string; matched with \p{Cc}.
  const escaped = text.replace(
    /[\\'"<>\p{Cc}]/gu,
    (char) => `\\${char.charCodeAt(0).toString(16)} `,
  );
  return `'${escaped}'`;
}

/** A family name that CSS reads unquoted: one identifier (`system-ui`, `SFMono-Regular`). */
const PLAIN_FAMILY = /^-?[A-Za-z_][A-Za-z0-9_-]*$/;

/** Unquoted identifiers stay as they are (generic families must); everything else is quoted. */
function fontFamilyName(name: string): string {
  const trimmed = name.trim();
  const unquoted = /^(['"])(.*)\1$/s.exec(trimmed)?.[2] ?? trimmed;
  return PLAIN_FAMILY.test(unquoted) ? unquoted : cssString(unquoted);
}

/** A DTCG fontFamily (`"Inter"`, `"Inter, sans-serif"` or an array) as a CSS `font-family`. */
export function fontFamilyCss(value: unknown): string {
  const names = Array.isArray(value) ? value.map(String) : String(value).split(",");
  return names.map(fontFamilyName).join(", ");
}

/** `bold` → 700; numbers pass through. */
export function fontWeightCss(value: unknown): number | string {
  if (typeof value === "string" && value in FONT_WEIGHT_KEYWORDS) {
    return FONT_WEIGHT_KEYWORDS[value] as number;
  }
  return value as number;
}

/**
 * Last line of defence for `tokens.css`: outside the strings this module quoted, a value may not
 * hold characters that end a declaration or rule, start a comment or close a `<style>` element.
 */
export function assertSafeCssValue(path: string, value: string): void {
  const outsideStrings = value.replace(/'(?:\\.|[^'\\])*'/g, "''");
  if (/[;{}<>\\!"']|\/\*|\*\//.test(outsideStrings.replaceAll("''", ""))) {
    throw new TokensError(
      `Token ${path}: its CSS value ${JSON.stringify(value)} cannot be written into tokens.css safely (it holds ; { } < > \\ ! quotes or a comment). Fix the token's $value.`,
    );
  }
}
