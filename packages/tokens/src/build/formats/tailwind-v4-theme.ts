import { GENERATED_NOTE, type TokenBuild } from "../token-build";
import { DARK_VARIANT_SELECTOR, tailwindThemeMap, themeValue } from "./tailwind-theme-map";

/**
 * `theme.css` for Tailwind CSS v4: `@theme inline` so utilities use `var(--nx-…)` directly
 * (`bg-primary` → `background-color: var(--nx-color-primary)`), plus the `dark` variant.
 * The variables themselves come from `tokens.css`.
 */
export function formatTailwindV4Theme(build: TokenBuild): string {
  const map = tailwindThemeMap(build);
  const lines: string[] = [];
  const add = (name: string, value: string) => lines.push(`  --${name}: ${value};`);
  for (const [key, token] of map.colors) add(`color-${key}`, themeValue(token));
  for (const [key, token] of map.spacing) add(`spacing-${key}`, themeValue(token));
  for (const [key, token] of map.radius) add(`radius-${key}`, themeValue(token));
  for (const [key, token] of map.fontFamily) add(`font-${key}`, themeValue(token));
  for (const [key, size, lineHeight] of map.fontSize) {
    add(`text-${key}`, themeValue(size));
    if (lineHeight) add(`text-${key}--line-height`, themeValue(lineHeight));
  }
  for (const [key, token] of map.fontWeight) add(`font-weight-${key}`, themeValue(token));
  // Text styles are font sizes with their line height, weight and tracking: `text-title-lg`.
  for (const [key, parts] of map.textStyles) {
    add(`text-${key}`, themeValue(parts.fontSize));
    add(`text-${key}--line-height`, themeValue(parts.lineHeight));
    add(`text-${key}--font-weight`, themeValue(parts.fontWeight));
    add(`text-${key}--letter-spacing`, themeValue(parts.letterSpacing));
  }
  for (const [key, token] of map.shadow) add(`shadow-${key}`, themeValue(token));
  for (const [key, token] of map.ease) add(`ease-${key}`, themeValue(token));
  for (const [key, token] of map.breakpoint) add(`breakpoint-${key}`, themeValue(token));
  return [
    `/* ${GENERATED_NOTE} */`,
    "/* Tailwind CSS v4 theme. Load the variables with @nexod/tokens/tokens.css. */",
    `@theme inline {\n${lines.join("\n")}\n}`,
    "",
    `@custom-variant dark (${DARK_VARIANT_SELECTOR});`,
    "",
  ].join("\n");
}
