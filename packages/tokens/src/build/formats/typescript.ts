import { GENERATED_NOTE, type TokenBuild } from "../token-build";
import { tokenData } from "./token-data";

/** A JSON value as a readonly TypeScript type literal (`{ readonly "a": "x" }`). */
function typeLiteral(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `readonly [${value.map((item) => typeLiteral(item, indent)).join(", ")}]`;
  }
  if (typeof value === "object" && value !== null) {
    const fields = Object.entries(value).map(
      ([key, item]) => `${inner}readonly ${JSON.stringify(key)}: ${typeLiteral(item, inner)};`,
    );
    return `{\n${fields.join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** `index.js` + `index.d.ts`: token names, CSS variables and resolved values, typed. */
export function formatTypeScript(build: TokenBuild): Map<string, string> {
  const data = tokenData(build);
  const js = `// ${GENERATED_NOTE}
/** Mode names; the first is the default (\`:root\`). */
export const modes = ${JSON.stringify(data.modes)};

/** Every token by dotted path: its CSS variable and resolved CSS value (per mode when it varies). */
export const tokens = ${JSON.stringify(data.tokens, null, 2)};

/** Contrast of the checked foreground/background pairs, per mode (WCAG 2.2). */
export const contrast = ${JSON.stringify(data.contrast, null, 2)};

/** \`var(--nx-…)\` for a token, for inline styles and CSS-in-JS. */
export function cssVar(name) {
  return \`var(\${tokens[name].cssVar})\`;
}
`;
  const dts = `// ${GENERATED_NOTE}
export type Mode = ${data.modes.map((mode) => JSON.stringify(mode)).join(" | ")};

/** Mode names; the first is the default (\`:root\`). */
export declare const modes: readonly Mode[];

/** Every token by dotted path: its CSS variable and resolved CSS value (per mode when it varies). */
export declare const tokens: ${typeLiteral(data.tokens)};

export type TokenName = keyof typeof tokens;

export interface ContrastResult {
  readonly mode: Mode;
  readonly foreground: TokenName;
  readonly background: TokenName;
  /** Contrast ratio, rounded down to two decimals. */
  readonly ratio: number;
  /** Required ratio: 4.5 for text, 3 for UI parts. */
  readonly min: number;
}

/** Contrast of the checked foreground/background pairs, per mode (WCAG 2.2). */
export declare const contrast: readonly ContrastResult[];

/** \`var(--nx-…)\` for a token, for inline styles and CSS-in-JS. */
export declare function cssVar<Name extends TokenName>(name: Name): \`var(\${(typeof tokens)[Name]["cssVar"]})\`;
`;
  return new Map([
    ["index.js", js],
    ["index.d.ts", dts],
  ]);
}
