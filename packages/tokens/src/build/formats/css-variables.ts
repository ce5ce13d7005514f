import { assertSafeCssValue } from "../css-values";
import { cssVarName, type BuiltToken } from "../style-dictionary";
import { defaultMode, GENERATED_NOTE, type TokenBuild } from "../token-build";

/** A whole-token alias stays a reference, so overriding a primitive on `:root` carries through. */
function cssValue(token: BuiltToken, known: ReadonlyMap<string, BuiltToken>): string {
  if (token.aliasOf && known.has(token.aliasOf)) return `var(${cssVarName(token.aliasOf)})`;
  const value = String(token.value);
  assertSafeCssValue(token.path, value);
  return value;
}

function block(selector: string, tokens: BuiltToken[], known: ReadonlyMap<string, BuiltToken>) {
  const lines = tokens.map((token) => `  ${token.cssVar}: ${cssValue(token, known)};`);
  return `${selector.split(", ").join(",\n")} {\n${lines.join("\n")}\n}\n`;
}

/** `tokens.css`: every token on `:root` (default mode), other modes' values on their selectors. */
export function formatCssVariables(build: TokenBuild): string {
  const base = defaultMode(build);
  const blocks = build.modes.map((mode) =>
    block(
      mode.selector,
      mode.isDefault
        ? [...mode.tokens.values()]
        : [...mode.tokens.values()].filter((token) => build.modalPaths.has(token.path)),
      base.tokens,
    ),
  );
  return `/* ${GENERATED_NOTE} */\n${blocks.join("\n")}`;
}
