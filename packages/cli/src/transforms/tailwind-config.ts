import { addImport, changed, matchingBracket, type TransformResult } from "./result";

const PRESET = "@nexod/tokens/tailwind-preset";
const CONTENT_GLOBS = ["./app/**/*.{js,ts,jsx,tsx,mdx}", "./components/**/*.{js,ts,jsx,tsx,mdx}"];

/** The object literal the config exports: `const config = {`, `export default {`, `module.exports = {`. */
function configObjectStart(source: string): number | undefined {
  const match =
    /(?:const\s+\w+\s*(?::\s*[\w.]+)?\s*=|export\s+default|module\.exports\s*=)\s*(\{)/.exec(
      source,
    );
  return match ? match.index + match[0].length - 1 : undefined;
}

/**
 * A Tailwind CSS 3 config on the Nexod preset: the preset added, content globs that reach
 * `components/` (and `src/`), and the template's `background`/`foreground` colours removed
 * (they shadow the preset's `bg-background`).
 */
export function nexodTailwindConfig(
  source: string,
  { esm, srcDir, file }: { esm: boolean; srcDir: boolean; file: string },
): TransformResult {
  let text = source;
  const manual = (why: string): TransformResult => ({
    kind: "manual",
    step: `${file}: ${why}. Add the preset by hand: presets: [require("${PRESET}")] (or import nexod from "${PRESET}"), and make content include "./components/**/*.{ts,tsx}".`,
  });

  if (!text.includes(PRESET)) {
    const start = configObjectStart(text);
    if (start === undefined) return manual("could not find the exported config object");
    const presets = /presets\s*:\s*\[/.exec(text);
    const useImport = esm || /\.(m?ts)$/.test(file) || /^\s*import\s/m.test(text);
    text = useImport
      ? addImport(text, `import nexod from "${PRESET}";`)
      : `const nexod = require("${PRESET}");\n${text}`;
    if (presets) text = text.replace(/presets\s*:\s*\[/, (m) => `${m}nexod, `);
    else {
      const at = configObjectStart(text)! + 1;
      text = `${text.slice(0, at)}\n  presets: [nexod],${text.slice(at)}`;
    }
  }

  // The template's colours point at its own --background/--foreground, not the tokens.
  text = text.replace(
    /\s*colors:\s*\{\s*background:\s*["']var\(--background\)["'],\s*foreground:\s*["']var\(--foreground\)["'],?\s*\},?/,
    "",
  );
  text = text.replace(/\n\s*theme:\s*\{\s*extend:\s*\{\s*\},?\s*\},?/, "");

  const content = /content\s*:\s*\[/.exec(text);
  if (content) {
    const open = content.index + content[0].length - 1;
    const close = matchingBracket(text, open);
    if (close > 0) {
      const list = text.slice(open, close);
      const wanted = [...CONTENT_GLOBS, ...(srcDir ? ["./src/**/*.{js,ts,jsx,tsx,mdx}"] : [])];
      const missing = wanted.filter((glob) => !list.includes(glob.split("*")[0]!));
      if (missing.length > 0) {
        const indent = /\n(\s*)["']/.exec(list)?.[1] ?? "    ";
        const body = list.trimEnd().replace(/,$/, "");
        const entries = missing.map((glob) => `${indent}"${glob}",`).join("\n");
        const separator = body.trim() === "[" ? "" : ",";
        text = `${text.slice(0, open)}${body}${separator}\n${entries}\n${indent.slice(2)}${text.slice(close)}`;
      }
    }
  }
  return changed(source, text);
}
