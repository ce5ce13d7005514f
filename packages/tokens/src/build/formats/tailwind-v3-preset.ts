import { GENERATED_NOTE, type TokenBuild } from "../token-build";
import { DARK_VARIANT_SELECTOR, tailwindThemeMap, themeValue } from "./tailwind-theme-map";

type Entries = [string, unknown][];

/** The preset object: `theme.extend` so a product keeps Tailwind's defaults beside ours. */
function presetObject(build: TokenBuild) {
  const map = tailwindThemeMap(build);
  const scale = (entries: ReturnType<typeof tailwindThemeMap>["spacing"]) =>
    Object.fromEntries(entries.map(([key, token]) => [key, themeValue(token)]));
  const border = map.colors.find(([key]) => key === "border")?.[1];
  return {
    darkMode: ["variant", DARK_VARIANT_SELECTOR],
    theme: {
      extend: {
        colors: scale(map.colors),
        // Preflight paints every border with borderColor.DEFAULT: without it a bare `border`
        // is Tailwind's light grey, which shows as a bright line in dark mode.
        ...(border && { borderColor: { DEFAULT: themeValue(border) } }),
        // Tailwind 3 spells half steps with a dot: `p-0.5`.
        spacing: Object.fromEntries(
          map.spacing.map(([key, token]) => [key.replaceAll("_", "."), themeValue(token)]),
        ),
        borderRadius: scale(map.radius),
        fontFamily: scale(map.fontFamily),
        fontSize: Object.fromEntries([
          ...map.fontSize.map(([key, size, lineHeight]): Entries[number] => [
            key,
            lineHeight
              ? [themeValue(size), { lineHeight: themeValue(lineHeight) }]
              : themeValue(size),
          ]),
          // Text styles: `text-title-lg` sets size, line height, weight and tracking at once.
          ...map.textStyles.map(([key, parts]): Entries[number] => [
            key,
            [
              themeValue(parts.fontSize),
              {
                lineHeight: themeValue(parts.lineHeight),
                fontWeight: themeValue(parts.fontWeight),
                letterSpacing: themeValue(parts.letterSpacing),
              },
            ],
          ]),
        ]),
        fontWeight: scale(map.fontWeight),
        boxShadow: scale(map.shadow),
        transitionTimingFunction: scale(map.ease),
        transitionDuration: scale(map.duration),
        zIndex: scale(map.zIndex),
        screens: scale(map.breakpoint),
      },
    },
  };
}

const TYPES = `{
  darkMode: ["variant", string];
  theme: {
    extend: Record<
      string,
      Record<
        string,
        string | [string, { lineHeight: string; fontWeight?: string; letterSpacing?: string }]
      >
    >;
  };
}`;

/** `tailwind-preset.{js,cjs,d.ts,d.cts}`: the Tailwind CSS v3 preset, for ESM and CJS configs. */
export function formatTailwindV3Preset(build: TokenBuild): Map<string, string> {
  const header = `// ${GENERATED_NOTE}\n// Tailwind CSS v3 preset: utilities use the --nx-* variables of @nexod/tokens/tokens.css.\n`;
  const body = `const preset = ${JSON.stringify(presetObject(build), null, 2)};\n`;
  const typeHeader = `/** Tailwind CSS v3 preset mapping utilities to the --nx-* variables. */\ndeclare const preset: ${TYPES};\n`;
  return new Map([
    ["tailwind-preset.js", `${header}${body}\nexport default preset;\n`],
    ["tailwind-preset.cjs", `${header}"use strict";\n\n${body}\nmodule.exports = preset;\n`],
    ["tailwind-preset.d.ts", `${typeHeader}export default preset;\n`],
    ["tailwind-preset.d.cts", `${typeHeader}export = preset;\n`],
  ]);
}
