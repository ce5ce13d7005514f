import StyleDictionary from "style-dictionary";
import { transforms as builtIn } from "style-dictionary/enums";
import type { DesignTokens, Hooks, TransformedToken } from "style-dictionary/types";
import { parseColor, toHex } from "../check/color";
import { cssString, fontFamilyCss, fontWeightCss } from "./css-values";
import { type TokenFile } from "../io/token-files";
import {
  flattenTokens,
  isObject,
  referencedPath,
  setToken,
  type TokenTree,
} from "../tokens/token-tree";

/** CSS custom properties are `--nx-<path joined by ->`. */
export const CSS_PREFIX = "nx";
/** Sizes are px in git and rem in CSS: 16px = 1rem. */
export const BASE_PX = 16;

/** One token after the Style Dictionary transforms, for one mode. */
export interface BuiltToken {
  path: string;
  cssVar: `--${string}`;
  type: string;
  /** CSS value with references resolved. */
  value: string | number;
  /** Dotted path of the token this one aliases as a whole (`{color.brand.600}`). */
  aliasOf: string | undefined;
  description: string | undefined;
}

export function cssVarName(path: string): `--${string}` {
  return `--${CSS_PREFIX}-${path.replaceAll(".", "-")}`;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

const nexodTransforms: NonNullable<Hooks["transforms"]> = {
  "nexod/name": {
    type: "name",
    // Paths are already kebab-case; keep `0_5` and `2xl` exactly as written.
    transform: (token) => cssVarName(token.path.join(".")).slice(2),
  },
  "nexod/color/hex": {
    type: "value",
    filter: (token) => token.$type === "color",
    transform: (token) => {
      const color = parseColor(token.$value);
      return color ? toHex(color) : token.$value;
    },
  },
  "nexod/dimension/rem": {
    type: "value",
    filter: (token) => token.$type === "dimension",
    transform: (token) => {
      const { value, unit } = token.$value as { value: number; unit: string };
      if (value === 0) return "0";
      return unit === "px" ? `${round(value / BASE_PX, 4)}rem` : `${value}${unit}`;
    },
  },
  // Strings become quoted CSS strings, so a value such as `red; } body {…` stays one value.
  "nexod/string/css": {
    type: "value",
    filter: (token) => token.$type === "string",
    transform: (token) => cssString(String(token.$value)),
  },
  "nexod/font-family/css": {
    type: "value",
    filter: (token) => token.$type === "fontFamily",
    transform: (token) => fontFamilyCss(token.$value),
  },
  "nexod/font-weight/css": {
    type: "value",
    filter: (token) => token.$type === "fontWeight",
    transform: (token) => fontWeightCss(token.$value),
  },
  "nexod/duration/css": {
    type: "value",
    filter: (token) => token.$type === "duration",
    transform: (token) => {
      const { value, unit } = token.$value as { value: number; unit: string };
      return `${value}${unit}`;
    },
  },
};

const TRANSFORMS = [
  ...Object.keys(nexodTransforms),
  builtIn.cubicBezierCss,
  builtIn.shadowCssShorthand,
];

/**
 * A typography token (a text style) becomes one token per part: `text.body` →
 * `text.body.font-size` (`--nx-text-body-font-size`) and so on. CSS has no composite value for
 * all five (the `font` shorthand lacks letter spacing and resets other font properties), and a
 * part that references a font token stays `var(--nx-font-size-sm)`, so overriding the scale
 * carries through to every text style.
 */
export const TYPOGRAPHY_PART_TOKENS = {
  fontFamily: ["font-family", "fontFamily"],
  fontSize: ["font-size", "dimension"],
  fontWeight: ["font-weight", "fontWeight"],
  lineHeight: ["line-height", "dimension"],
  letterSpacing: ["letter-spacing", "dimension"],
} as const;

function typographyParts(path: string, value: Record<string, unknown>) {
  return Object.entries(TYPOGRAPHY_PART_TOKENS).map(([part, [name, type]]) => ({
    path: `${path}.${name}`,
    // A unitless line height (DTCG's ratio) is a number, not a dimension.
    type: typeof value[part] === "number" ? "number" : type,
    value: value[part],
  }));
}

/** Rebuilds one tree from several files, each token carrying its own `$type`. */
function mergeFiles(files: readonly TokenFile[]): TokenTree {
  const tree: TokenTree = {};
  for (const file of files) {
    for (const token of flattenTokens(file.tree)) {
      if (token.type === "typography" && isObject(token.value)) {
        for (const part of typographyParts(token.path, token.value)) {
          setToken(tree, part.path.split("."), {
            $type: part.type,
            $value: part.value,
            ...(token.description ? { $description: token.description } : {}),
          });
        }
        continue;
      }
      setToken(tree, token.path.split("."), {
        $type: token.type,
        $value: token.value,
        ...(token.description ? { $description: token.description } : {}),
      });
    }
  }
  return tree;
}

function toBuiltToken(token: TransformedToken): BuiltToken {
  const original = isObject(token.original) ? token.original.$value : undefined;
  return {
    path: token.path.join("."),
    cssVar: `--${token.name}`,
    type: String(token.$type),
    value: typeof token.$value === "number" ? token.$value : String(token.$value),
    aliasOf: referencedPath(original),
    description: typeof token.$description === "string" ? token.$description : undefined,
  };
}

/** Output order: by group as listed here, then file order, sizes by value within a group. */
const GROUP_ORDER = ["color", "spacing", "radius", "font", "shadow", "z", "duration", "ease"];

/** The literal size of a token (`{value: 16, unit: "px"}` → 16), if it has one. */
function literalSize(token: TransformedToken): number | undefined {
  const original = isObject(token.original) ? token.original.$value : undefined;
  return isObject(original) && typeof original.value === "number" ? original.value : undefined;
}

function outputOrder(tokens: readonly TransformedToken[]): TransformedToken[] {
  const firstOfParent = new Map<string, number>();
  // Groups are sorted by size only when every member has one (a scale); a text style's parts
  // (references and one letter spacing) keep the order they are written in.
  const unsized = new Set(
    tokens
      .filter((token) => literalSize(token) === undefined)
      .map((token) => token.path.slice(0, -1).join(".")),
  );
  const keyed = tokens.map((token, index) => {
    const parent = token.path.slice(0, -1).join(".");
    if (!firstOfParent.has(parent)) firstOfParent.set(parent, index);
    const rank = GROUP_ORDER.indexOf(token.path[0] as string);
    const size = unsized.has(parent) ? index : (literalSize(token) ?? index);
    return {
      token,
      key: [rank < 0 ? GROUP_ORDER.length : rank, firstOfParent.get(parent) as number, size, index],
    };
  });
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const delta = (a.key[i] as number) - (b.key[i] as number);
      if (delta !== 0) return delta;
    }
    return 0;
  });
  return keyed.map(({ token }) => token);
}

/** Runs Style Dictionary over one mode's files; tokens come back resolved and CSS-ready. */
export async function buildLayerTokens(files: readonly TokenFile[]): Promise<BuiltToken[]> {
  const sd = new StyleDictionary({
    tokens: mergeFiles(files) as DesignTokens,
    usesDtcg: true,
    log: { verbosity: "silent", warnings: "disabled", errors: { brokenReferences: "throw" } },
    hooks: { transforms: nexodTransforms },
    platforms: { css: { transforms: TRANSFORMS, basePxFontSize: BASE_PX } },
  });
  const dictionary = await sd.getPlatformTokens("css");
  return outputOrder(dictionary.allTokens).map(toBuiltToken);
}
