import { type TokenFile } from "../io/token-files";
import { isObject, isToken, referencedPath } from "../tokens/token-tree";
import { FONT_WEIGHT_KEYWORDS } from "../build/css-values";
import { isSafeName, SAFE_NAME_RULE } from "../tokens/safe-names";
import { parseColor } from "./color";

type ValueCheck = (value: unknown) => boolean;

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const orReference =
  (check: ValueCheck): ValueCheck =>
  (v) =>
    referencedPath(v) !== undefined || check(v);

const isDimension: ValueCheck = (v) =>
  isObject(v) && isNumber(v.value) && (v.unit === "px" || v.unit === "rem");
const isColor: ValueCheck = (v) => parseColor(v) !== undefined;
const isShadowLayer: ValueCheck = (v) =>
  isObject(v) &&
  orReference(isColor)(v.color) &&
  ["offsetX", "offsetY", "blur"].every((k) => orReference(isDimension)(v[k])) &&
  (v.spread === undefined || orReference(isDimension)(v.spread));

/**
 * A DTCG typography composite. Every part is required; `lineHeight` may be a dimension (this
 * package keeps line heights in px, `font.line-height.*`) or a unitless number (DTCG's ratio).
 */
export const TYPOGRAPHY_PARTS = {
  fontFamily: "fontFamily",
  fontSize: "dimension",
  fontWeight: "fontWeight",
  lineHeight: "dimension",
  letterSpacing: "dimension",
} as const;

const isTypography: ValueCheck = (v) =>
  isObject(v) &&
  Object.keys(v).every((key) => key in TYPOGRAPHY_PARTS) &&
  orReference((f) => VALUE_CHECKS.fontFamily!.check(f))(v.fontFamily) &&
  orReference(isDimension)(v.fontSize) &&
  orReference((w) => VALUE_CHECKS.fontWeight!.check(w))(v.fontWeight) &&
  orReference((l) => isDimension(l) || isNumber(l))(v.lineHeight) &&
  orReference(isDimension)(v.letterSpacing);

/** What `$value` must look like for each `$type` (references allowed everywhere). */
const VALUE_CHECKS: Record<string, { check: ValueCheck; expected: string }> = {
  color: { check: isColor, expected: 'a hex colour ("#0f172a", "#0f172a80") or an sRGB object' },
  dimension: { check: isDimension, expected: '{"value": <number>, "unit": "px" | "rem"}' },
  fontFamily: {
    check: (v) =>
      typeof v === "string" || (Array.isArray(v) && v.every((s) => typeof s === "string")),
    expected: "a font name or an array of font names",
  },
  fontWeight: {
    check: (v) =>
      (isNumber(v) && v >= 1 && v <= 1000) || (typeof v === "string" && v in FONT_WEIGHT_KEYWORDS),
    expected: `a number from 1 to 1000 or one of the keywords ${Object.keys(FONT_WEIGHT_KEYWORDS).join(", ")}`,
  },
  duration: {
    check: (v) => isObject(v) && isNumber(v.value) && (v.unit === "ms" || v.unit === "s"),
    expected: '{"value": <number>, "unit": "ms" | "s"}',
  },
  cubicBezier: {
    check: (v) =>
      Array.isArray(v) &&
      v.length === 4 &&
      v.every(isNumber) &&
      [v[0] as number, v[2] as number].every((x) => x >= 0 && x <= 1),
    expected: "[x1, y1, x2, y2] with x1 and x2 between 0 and 1",
  },
  number: { check: isNumber, expected: "a number" },
  shadow: {
    check: (v) => isShadowLayer(v) || (Array.isArray(v) && v.length > 0 && v.every(isShadowLayer)),
    expected: "a shadow object {color, offsetX, offsetY, blur, spread} or an array of them",
  },
  typography: {
    check: (v) => isTypography(v),
    expected:
      "an object with exactly fontFamily, fontSize, fontWeight, lineHeight (a dimension or a number) and letterSpacing, each a value of its type or a reference",
  },
  string: { check: (v) => typeof v === "string", expected: "a string" },
  boolean: { check: (v) => typeof v === "boolean", expected: "true or false" },
};

const GROUP_KEYS = new Set(["$type", "$description", "$extensions", "$deprecated", "$schema"]);
const TOKEN_KEYS = new Set(["$type", "$value", "$description", "$extensions", "$deprecated"]);

/** DTCG structure and value checks for one file; returns one sentence per problem. */
export function validateSchema(file: TokenFile): string[] {
  const problems: string[] = [];
  const where = (path: string[]) => `${file.fileName}: ${path.join(".") || "(root)"}`;

  const visit = (node: Record<string, unknown>, path: string[], type: unknown) => {
    const nodeType = node.$type ?? type;
    if (isToken(node)) {
      for (const key of Object.keys(node).filter((k) => !TOKEN_KEYS.has(k))) {
        problems.push(
          key.startsWith("$")
            ? `${where(path)} has unknown property "${key}".`
            : `${where(path)} is a token and cannot also hold "${key}"; move the child to a group.`,
        );
      }
      const rule = typeof nodeType === "string" ? VALUE_CHECKS[nodeType] : undefined;
      if (rule === undefined) {
        problems.push(
          nodeType === undefined
            ? `${where(path)} has no $type (set it on the token or a parent group).`
            : `${where(path)} has unsupported $type "${String(nodeType)}"; use one of ${Object.keys(VALUE_CHECKS).join(", ")}.`,
        );
      } else if (!orReference(rule.check)(node.$value)) {
        problems.push(
          `${where(path)} has $value ${JSON.stringify(node.$value)}; a ${String(nodeType)} must be ${rule.expected}.`,
        );
      }
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith("$")) {
        if (!GROUP_KEYS.has(key)) problems.push(`${where(path)} has unknown property "${key}".`);
        continue;
      }
      if (!isSafeName(key)) {
        problems.push(
          `${file.fileName}: the name ${JSON.stringify(key)} (in ${path.join(".") || "the root"}) cannot become a CSS variable: names may use ${SAFE_NAME_RULE}. Rename it.`,
        );
      }
      if (!isObject(child)) {
        problems.push(`${where([...path, key])} must be a token ({"$value": …}) or a group.`);
        continue;
      }
      visit(child, [...path, key], nodeType);
    }
  };
  for (const [what, name] of [
    ["collection", file.collection],
    ["mode", file.mode],
  ] as const) {
    if (name !== undefined && !isSafeName(name)) {
      problems.push(
        `${file.fileName}: the ${what} name ${JSON.stringify(name)} comes from the file name and becomes a CSS selector; file names may use ${SAFE_NAME_RULE} around the ".". Rename the file.`,
      );
    }
  }
  visit(file.tree, [], undefined);
  return problems;
}
