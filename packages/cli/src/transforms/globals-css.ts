import { changed, type TransformResult } from "./result";

/** Marks what init wrote, so a second run recognises it. */
export const CSS_MARKER = "/* Nexod design system (nexod init):";

/** One top-level statement or block of a stylesheet, with its exact text. */
interface CssChunk {
  text: string;
  /** `:root`, `@media (prefers-color-scheme: dark)`, `body`, `@theme inline`… ("" for text between). */
  prelude: string;
  body: string | undefined;
}

/** Splits CSS into top-level chunks; keeps every character, so joining gives the input back. */
export function cssChunks(css: string): CssChunk[] {
  const chunks: CssChunk[] = [];
  let start = 0;
  let i = 0;
  while (i < css.length) {
    if (css.startsWith("/*", i)) {
      const end = css.indexOf("*/", i + 2);
      i = end < 0 ? css.length : end + 2;
      continue;
    }
    const char = css[i];
    if (char === ";" || char === "{") {
      let end = i;
      if (char === "{") {
        let depth = 0;
        for (; end < css.length; end++) {
          if (css[end] === "{") depth++;
          else if (css[end] === "}" && --depth === 0) break;
        }
      }
      const text = css.slice(start, end + 1);
      const brace = text.indexOf("{");
      const prelude = (brace < 0 ? text : text.slice(0, brace))
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .trim();
      chunks.push({ text, prelude, body: brace < 0 ? undefined : text.slice(brace + 1, -1) });
      i = end + 1;
      start = i;
      continue;
    }
    i++;
  }
  if (start < css.length) chunks.push({ text: css.slice(start), prelude: "", body: undefined });
  return chunks;
}

const TEMPLATE_VARIABLE = /^\s*--(background|foreground)\s*:[^;]*;\s*$/;

const declarations = (body: string) =>
  body
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean);

/** The create-next-app leftovers that fight the tokens; undefined keeps the chunk. */
function withoutTemplate(chunk: CssChunk): string | undefined {
  const { prelude, body } = chunk;
  if (body === undefined) return chunk.text;
  const onlyTemplateVariables = (text: string) =>
    declarations(text).every((d) => TEMPLATE_VARIABLE.test(`${d};`));
  if (prelude === ":root" && onlyTemplateVariables(body)) return undefined;
  if (/^@media\s*\(prefers-color-scheme:\s*dark\)$/.test(prelude)) {
    const inner = cssChunks(body).filter((c) => c.body !== undefined);
    if (inner.every((c) => c.prelude === ":root" && onlyTemplateVariables(c.body!)))
      return undefined;
  }
  if (prelude === "body") {
    const template = declarations(body).every(
      (d) =>
        /^(color|background(-color)?)\s*:\s*(rgb\()?var\(--(foreground|background)/.test(d) ||
        /^font-family\s*:\s*Arial, Helvetica, sans-serif$/.test(d) ||
        /^(color|background)\s*:\s*rgb\(/.test(d),
    );
    if (template) return undefined;
  }
  if (prelude === "@theme inline") {
    const kept = body
      .split("\n")
      .filter(
        (line) =>
          !/^\s*--color-(background|foreground)\s*:\s*var\(--(background|foreground)\);\s*$/.test(
            line,
          ) && !/^\s*--font-(sans|mono)\s*:\s*var\(--font-geist-(sans|mono)\);\s*$/.test(line),
      );
    if (kept.every((line) => line.trim() === "")) return undefined;
    return chunk.text.replace(body, kept.join("\n"));
  }
  return chunk.text;
}

/**
 * The product's global stylesheet in the order-proof form: Nexod's CSS is imported at the top of
 * the product's own file, so one file fixes the order in `next dev` and in production, and the
 * product's utilities come after (Tailwind 3: unlayered, later wins) or in a higher layer
 * (Tailwind 4 and plain CSS: our rules sit in `@layer components`).
 */
export function nexodGlobalsCss(css: string, tailwind: 3 | 4 | undefined): TransformResult {
  if (css.includes(CSS_MARKER) || /@nexod\/ui\/styles(\.unlayered)?\.css/.test(css))
    return { kind: "unchanged" };
  const kept = cssChunks(css)
    .map(withoutTemplate)
    .filter((text): text is string => text !== undefined)
    .join("")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

  if (tailwind === 4) {
    const tailwindImport = /@import\s+["']tailwindcss["'][^;]*;/.exec(kept);
    const ours = [
      `${CSS_MARKER} tokens as Tailwind theme, component styles, page base. */`,
      '@import "@nexod/tokens/theme.css";',
      '@import "@nexod/ui/styles.css";',
      '@import "@nexod/ui/base.css";',
    ].join("\n");
    if (!tailwindImport) return changed(css, `@import "tailwindcss";\n${ours}\n\n${kept}\n`);
    const end = tailwindImport.index + tailwindImport[0].length;
    return changed(css, `${kept.slice(0, end)}\n${ours}${kept.slice(end)}\n`);
  }
  if (tailwind === 3) {
    const top = [
      `${CSS_MARKER} component styles first; your Tailwind classes below win. */`,
      '@import "@nexod/ui/styles.unlayered.css";',
      "",
    ].join("\n");
    const base = [
      "",
      "@layer base {",
      "  body {",
      "    @apply bg-background font-sans text-foreground antialiased;",
      "  }",
      "}",
    ].join("\n");
    return changed(css, `${top}\n${kept}\n${base}\n`);
  }
  const top = [
    `${CSS_MARKER} component styles and page base, in layers your CSS overrides. */`,
    '@import "@nexod/ui/styles.css";',
    '@import "@nexod/ui/base.css";',
  ].join("\n");
  return changed(css, `${top}\n${kept ? `\n${kept}\n` : ""}`);
}

/**
 * Adds `@import "@nexod/ui/<entry>.css"` (Tailwind 3: `.unlayered.css`) for components shipped
 * with their own stylesheet (Chart, DataTable…), right after the main Nexod import so the order
 * stays the one init wrote. Manual when the main import is not in this file.
 */
export function nexodEntryStylesheets(
  css: string,
  entries: string[],
  tailwind: 3 | 4 | undefined,
): TransformResult {
  const suffix = tailwind === 3 ? ".unlayered.css" : ".css";
  const missing = entries.filter(
    (entry) => !new RegExp(`@nexod/ui/${entry}(\\.unlayered)?\\.css`).test(css),
  );
  if (missing.length === 0) return { kind: "unchanged" };
  const main = /@import\s+["']@nexod\/ui\/styles(\.unlayered)?\.css["'][^;]*;/.exec(css);
  const lines = missing.map((entry) => `@import "@nexod/ui/${entry}${suffix}";`);
  if (!main)
    return {
      kind: "manual",
      step: `import the stylesheets of the components the blocks use, after Nexod's styles.css:\n    ${lines.join("\n    ")}`,
    };
  const end = main.index + main[0].length;
  return changed(css, `${css.slice(0, end)}\n${lines.join("\n")}${css.slice(end)}`);
}
