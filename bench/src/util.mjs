// Paths, statistics and number formatting shared by the bench modules.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

export const benchDir = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = path.resolve(benchDir, "..");
export const fixturesDir = path.join(benchDir, "fixtures");
/** Generated files live under node_modules so that every ignore file already skips them and
 * bare imports (react) in them resolve to bench's own dependencies. */
export const cacheDir = path.join(benchDir, "node_modules", ".cache", "nexod-bench");
mkdirSync(cacheDir, { recursive: true });

export const requireFromBench = createRequire(path.join(benchDir, "package.json"));

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function gzipSize(buf) {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

export function brotliSize(buf) {
  return zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
}

/** Sizes of one text/bytes payload: raw, gzip -9, brotli q11. */
export function sizes(content) {
  const buf = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
}

/** The first line of an error, esbuild's own message when there is one. */
export function errorText(error) {
  const text = error?.errors?.[0]?.text ?? error?.message ?? String(error);
  return text.split("\n")[0];
}

/** Runs `fn`; on failure returns `{ error }` instead of throwing. */
export async function attempt(fn) {
  try {
    return await fn();
  } catch (error) {
    return { error: errorText(error) };
  }
}

/** 1 KB = 1,000 bytes (the size-limit convention). */
export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(2)} KB` : "n/a");
export const ms = (x) =>
  !Number.isFinite(x)
    ? "n/a"
    : x >= 100 || Number.isInteger(x)
      ? `${Math.round(x)} ms`
      : `${x.toFixed(2)} ms`;
export const secs = (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(1)} s` : "n/a");
export const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "n/a");

/**
 * A markdown table, padded the way Prettier formats it (so the generated RESULTS.md passes
 * `prettier --check`); `rows` are arrays of cells. Columns after the first are right-aligned
 * (figures) unless `left` lists their indexes.
 */
export function table(header, rows, left = []) {
  const cells = [header, ...rows].map((r) => header.map((_, i) => String(r[i] ?? "")));
  const width = (s) => [...s].length;
  const w = header.map((_, i) => Math.max(3, ...cells.map((r) => width(r[i]))));
  const right = (i) => i > 0 && !left.includes(i);
  const pad = (s, i) => {
    const fill = " ".repeat(w[i] - width(s));
    return right(i) ? fill + s : s + fill;
  };
  const line = (r) => `| ${r.map(pad).join(" | ")} |`;
  const rule = `| ${w.map((n, i) => (right(i) ? `${"-".repeat(n - 1)}:` : "-".repeat(n))).join(" | ")} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join("\n");
}

/** A markdown text split at its `## ` headings: the text before the first, then the sections. */
function sections(markdown) {
  const parts = markdown.trimEnd().split(/\n(?=## )/);
  const head = parts[0].startsWith("## ") ? "" : parts.shift();
  return { head, sections: parts.map((text) => ({ title: text.split("\n")[0], text })) };
}

/**
 * RESULTS.md is written by more than one script (run.mjs, data.mjs, the Combobox figures):
 * returns `base` with each `## ` section of `extra` in place of the section of the same title,
 * or, when `base` has none, before `## Build` (at the end without one).
 */
export function mergeSections(base, extra) {
  const b = sections(base);
  const e = sections(extra);
  const out = [...b.sections];
  for (const s of e.sections) {
    const at = out.findIndex((x) => x.title === s.title);
    if (at >= 0) out[at] = s;
    else {
      const build = out.findIndex((x) => x.title === "## Build");
      out.splice(build >= 0 ? build : out.length, 0, s);
    }
  }
  return (
    [b.head.trimEnd(), ...out.map((s) => s.text.trimEnd())].filter(Boolean).join("\n\n") + "\n"
  );
}

/** The `## ` sections of `markdown` whose titles `other` lacks, as one markdown text. */
export function sectionsNotIn(markdown, other) {
  const titles = new Set(sections(other).sections.map((s) => s.title));
  return sections(markdown)
    .sections.filter((s) => !titles.has(s.title))
    .map((s) => s.text.trimEnd())
    .join("\n\n");
}
