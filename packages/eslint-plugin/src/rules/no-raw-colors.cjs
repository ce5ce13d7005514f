"use strict";
const { classStringVisitor, classTokens, parseClass } = require("../class-strings.cjs");

const UTILITY =
  "bg|text|border|border-[xytrblse]|ring|ring-offset|outline|divide|fill|stroke|from|via|to|placeholder|caret|accent|decoration|shadow";
const NEUTRALS = "slate|gray|zinc|neutral|stone";
const PALETTE = `${NEUTRALS}|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose`;
const RAW_COLOR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;

const paletteClass = new RegExp(
  `^(${UTILITY})-(?:(${PALETTE})-(50|[1-9]00|950)|(white|black))(\\/\\S+)?$`,
);
const arbitraryColor = new RegExp(`^(${UTILITY})-\\[(.+)\\](\\/\\S+)?$`);
const arbitraryProperty =
  /^\[(color|background(?:-color)?|border(?:-[a-z]+)?-color|outline-color|fill|stroke|caret-color|accent-color|text-decoration-color):(.+)\]$/;

const inRange = (shade, ...shades) => shades.includes(shade);

/** The semantic class a palette class means, where exactly one fits; else undefined. */
function semanticFor(utility, hue, shade, plain) {
  const neutral = hue && new RegExp(`^(${NEUTRALS})$`).test(hue);
  const borderLike = /^(border(-[xytrblse])?|divide)$/.test(utility);
  if (plain === "white" && utility === "bg") return "bg-background";
  if (plain === "black" && utility === "text") return "text-foreground";
  if (neutral && utility === "text" && inRange(shade, "800", "900", "950"))
    return "text-foreground";
  if (neutral && utility === "text" && inRange(shade, "400", "500", "600", "700"))
    return "text-muted-foreground";
  if (neutral && utility === "bg" && inRange(shade, "50", "100")) return "bg-muted";
  if (neutral && borderLike && inRange(shade, "100", "200", "300")) return `${utility}-border`;
  if (hue === "red" && utility === "bg" && inRange(shade, "500", "600", "700"))
    return "bg-destructive";
  if (hue === "red" && (utility === "text" || borderLike) && inRange(shade, "500", "600", "700"))
    return `${utility}-error`;
  if (
    /^(blue|indigo|sky)$/.test(hue ?? "") &&
    utility === "ring" &&
    inRange(shade, "400", "500", "600")
  )
    return "ring-ring";
  return undefined;
}

/** @type {import("eslint").Rule.RuleModule} */
module.exports = {
  meta: {
    type: "suggestion",
    fixable: "code",
    docs: {
      description:
        "Colours come from the Nexod tokens: no Tailwind palette classes, arbitrary colour values or raw colours in class names and style props",
      url: "https://github.com/nexod/design-system/tree/main/packages/eslint-plugin#no-raw-colors",
    },
    schema: [
      {
        type: "object",
        properties: {
          callees: { type: "array", items: { type: "string" } },
          allow: { type: "array", items: { type: "string" } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      palette:
        "`{{ token }}` is a fixed palette colour that ignores the theme: use the semantic token class `{{ fix }}`.",
      paletteNoFix:
        "`{{ token }}` is a fixed palette colour that ignores the theme (and dark mode): use a semantic token class such as `{{ utility }}-primary`, `{{ utility }}-muted` or `{{ utility }}-border`.",
      darkPair:
        "`{{ token }}`: semantic token classes switch with the theme by themselves, so a `dark:` colour is not needed; use one semantic class without `dark:`.",
      arbitrary:
        "`{{ token }}` hard-codes a colour: use a semantic token class (`{{ utility }}-primary`, `{{ utility }}-muted-foreground`…) so it follows the theme.",
      style:
        "`{{ value }}` hard-codes a colour in a style: use a token variable (`var(--nx-color-primary)`) or a semantic class.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const allow = new Set(options.allow ?? []);

    function check(node, text, offset) {
      for (const { value, index } of classTokens(text)) {
        if (allow.has(value)) continue;
        const { prefix, marks, utility } = parseClass(value);
        const palette = paletteClass.exec(utility);
        if (palette) {
          const [, util, hue, shade, plain, opacity] = palette;
          const isDark = /(^|:)dark:/.test(prefix);
          if (isDark) {
            context.report({ node, messageId: "darkPair", data: { token: value } });
            continue;
          }
          const semantic = !opacity && semanticFor(util, hue, shade, plain);
          if (semantic) {
            const start = offset === undefined ? undefined : offset + index;
            context.report({
              node,
              messageId: "palette",
              data: { token: value, fix: `${prefix}${marks}${semantic}` },
              fix:
                start === undefined
                  ? null
                  : (fixer) =>
                      fixer.replaceTextRange(
                        [start, start + value.length],
                        `${prefix}${marks}${semantic}`,
                      ),
            });
          } else {
            context.report({
              node,
              messageId: "paletteNoFix",
              data: { token: value, utility: util },
            });
          }
          continue;
        }
        const arbitrary = arbitraryColor.exec(utility);
        if (arbitrary && RAW_COLOR.test(arbitrary[2])) {
          context.report({
            node,
            messageId: "arbitrary",
            data: { token: value, utility: arbitrary[1] },
          });
          continue;
        }
        const property = arbitraryProperty.exec(utility);
        if (property && RAW_COLOR.test(property[2]))
          context.report({ node, messageId: "arbitrary", data: { token: value, utility: "bg" } });
      }
    }

    const classVisitor = classStringVisitor(context, check, options);
    return {
      ...classVisitor,
      JSXAttribute(node) {
        classVisitor.JSXAttribute(node);
        if (node.name.type !== "JSXIdentifier" || node.name.name !== "style") return;
        const expression =
          node.value?.type === "JSXExpressionContainer" ? node.value.expression : null;
        if (expression?.type !== "ObjectExpression") return;
        for (const property of expression.properties) {
          if (property.type !== "Property") continue;
          const value = property.value;
          if (
            value.type === "Literal" &&
            typeof value.value === "string" &&
            RAW_COLOR.test(value.value)
          )
            context.report({ node: value, messageId: "style", data: { value: value.value } });
        }
      },
    };
  },
};
