// The CSS a product must load with each candidate: the shipped stylesheet (Nexod, Radix
// Themes), the Tailwind 4 output for the shadcn-style set, and a few hand-written lines for
// the floor.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compile, optimize } from "@tailwindcss/node";
import { attempt, fixturesDir, requireFromBench, sizes } from "./util.mjs";

/**
 * Class candidates from the shadcn-style fixtures: every word of every string literal. Like
 * Tailwind's own scanner this over-collects; the compiler ignores words that are not classes.
 */
function shadcnCandidates(dir, extraFiles = []) {
  const words = new Set();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => path.join(dir, f));
  for (const file of [...files, ...extraFiles]) {
    const source = readFileSync(file, "utf8");
    for (const [, literal] of source.matchAll(/"([^"\n]*)"/g)) {
      for (const word of literal.split(/\s+/)) if (word) words.add(word);
    }
  }
  return [...words];
}

/**
 * The shadcn-style stylesheet: `globals.css` compiled against the words of the set's fixtures
 * and of `extraFiles` (data.mjs adds the data-table recipe). `code` is the CSS itself.
 */
export async function shadcnCss(extraFiles = []) {
  const dir = path.join(fixturesDir, "shadcn");
  const input = readFileSync(path.join(dir, "globals.css"), "utf8");
  const compiler = await compile(input, { base: dir, onDependency: () => {} });
  const candidates = shadcnCandidates(dir, extraFiles);
  const { code } = optimize(compiler.build(candidates), { minify: true });
  return {
    code,
    ...sizes(code),
    note: `Tailwind 4 preflight + theme + ${candidates.length} scanned words`,
  };
}

function shipped(specifier, note) {
  const file = requireFromBench.resolve(specifier);
  return { ...sizes(readFileSync(file)), note };
}

export async function measureCss() {
  return {
    nexod: await attempt(() =>
      shipped(
        "@nexod/ui/styles.css",
        "`@nexod/ui/styles.css`: tokens + every component (Chart, DataTable, Form, Resizable ship their own)",
      ),
    ),
    shadcn: await attempt(() => shadcnCss()),
    "radix-themes": await attempt(() =>
      shipped("@radix-ui/themes/styles.css", "`@radix-ui/themes/styles.css` as shipped"),
    ),
    floor: await attempt(() => shipped(path.join(fixturesDir, "floor/button.css"), "a few lines")),
  };
}
