import { addImport, changed, type TransformResult } from "./result";

const FONT_IMPORT =
  /^import\s+(?:localFont\s+from\s+["']next\/font\/local["']|\{\s*Geist\s*,\s*Geist_Mono\s*\}\s+from\s+["']next\/font\/google["']);?\n/m;
const FONT_DECLARATION =
  /^const\s+(geistSans|geistMono)\s*=\s*(?:localFont|Geist|Geist_Mono)\(\{[\s\S]*?\}\);\n\n?/gm;

/**
 * The root layout with what every Nexod product needs: Inter (an npm font, no network at build),
 * next-themes without a flash (`suppressHydrationWarning`: its script sets `data-theme` before
 * the first paint), `TooltipProvider` and the `Toaster`. The create-next-app Geist fonts go:
 * the tokens name Inter, and `next/font/google` needs the network at build time.
 */
export function nexodLayout(source: string, { file }: { file: string }): TransformResult {
  if (source.includes("next-themes") && source.includes("@nexod/ui")) return { kind: "unchanged" };
  let text = source;

  text = text.replace(
    /className=\{`\$\{geistSans\.variable\} \$\{geistMono\.variable\}\s*([^`]*)`\}/g,
    (_, rest: string) => (rest.trim() ? `className="${rest.trim()}"` : ""),
  );
  if (!/geistSans|geistMono/.test(text.replace(FONT_DECLARATION, ""))) {
    text = text.replace(FONT_DECLARATION, "").replace(FONT_IMPORT, "");
  }

  const body = /<body\b[^>]*>/.exec(text);
  const children = body && text.indexOf("{children}", body.index);
  if (!body || children === null || children < 0)
    return {
      kind: "manual",
      step: `${file}: could not find {children} inside <body>. Wrap it by hand: <ThemeProvider attribute="data-theme" defaultTheme="system" enableSystem disableTransitionOnChange><TooltipProvider>{children}<Toaster /></TooltipProvider></ThemeProvider>, and add suppressHydrationWarning to <html>.`,
    };

  const lineStart = text.lastIndexOf("\n", children) + 1;
  const indent = /^\s*/.exec(text.slice(lineStart, children))?.[0] ?? "";
  const inline = text.slice(lineStart, children).trim() !== "";
  const pad = inline ? "" : indent;
  const wrapped = [
    `<ThemeProvider attribute="data-theme" defaultTheme="system" enableSystem disableTransitionOnChange>`,
    `  <TooltipProvider>`,
    `    {children}`,
    `    <Toaster />`,
    `  </TooltipProvider>`,
    `</ThemeProvider>`,
  ];
  const block = inline
    ? `\n${wrapped.map((line) => `${indent}  ${line}`).join("\n")}\n${indent}`
    : wrapped.map((line, i) => (i === 0 ? line : `${pad}${line}`)).join("\n");
  text = `${text.slice(0, children)}${block}${text.slice(children + "{children}".length)}`;
  if (!/<html[^>]*suppressHydrationWarning/.test(text))
    text = text.replace(/<html\b([^>]*?)(\n\s*)?>/, (_, attributes: string, closing?: string) =>
      closing
        ? // A multi-line tag: one more attribute line, indented like the others.
          `<html${attributes}${closing}  suppressHydrationWarning${closing}>`
        : `<html${attributes} suppressHydrationWarning>`,
    );
  // A tag the font removal left with one attribute fits on one line.
  text = text.replace(/<body\s+(className="[^"]*")\s*>/, "<body $1>");

  for (const line of [
    'import "@fontsource-variable/inter";',
    'import { ThemeProvider } from "next-themes";',
    'import { Toaster } from "@nexod/ui/toast";',
    'import { TooltipProvider } from "@nexod/ui/tooltip";',
  ])
    text = addImport(text, line);
  return changed(source, text);
}
