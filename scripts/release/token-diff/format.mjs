// The diff as console text (with colour swatches when the terminal shows colours) and as
// Markdown for a CI summary or PR comment (GitHub draws a swatch next to a `#rrggbb` code span).
import { colorIn } from "./diff.mjs";

const LIMIT = 200;

const show = (value) => (typeof value === "string" ? value : JSON.stringify(value));

/** Modes whose value differs (or every mode of a new/removed token). */
function modes(before, after) {
  const all = [
    ...new Set([...Object.keys(before?.values ?? {}), ...Object.keys(after?.values ?? {})]),
  ];
  return all.filter(
    (mode) => !before || !after || show(before.values[mode]) !== show(after.values[mode]),
  );
}

/** Two spaces painted in the colour (24-bit ANSI), alpha ignored. */
function swatch(hex, color) {
  if (!hex || !color) return "";
  const digits = hex.length <= 5 ? [...hex.slice(1)].map((c) => c + c).join("") : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `\x1b[48;2;${r};${g};${b}m  \x1b[0m `;
}

/** Lines of `mode: before → after`, each with the resolved colours. */
function valueLines(item, indexes, { color, markdown }) {
  const { before, after } = item;
  return modes(before, after).map((mode) => {
    const side = (index, entry, path) => {
      if (!entry) return "";
      const hex = entry.type === "color" ? colorIn(index, path, mode) : undefined;
      const raw = show(entry.values[mode]);
      if (markdown) return hex && hex !== raw ? `\`${raw}\` \`${hex}\`` : `\`${raw}\``;
      return `${swatch(hex, color)}${raw}${hex && hex !== raw ? ` (${hex})` : ""}`;
    };
    const from = side(indexes.before, before, item.fromPath ?? item.path);
    const to = side(indexes.after, after, item.path);
    const arrow = before && after ? `${from} → ${to}` : from || to;
    return `${mode}: ${arrow}`;
  });
}

export function summaryLine(diff) {
  return `${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed, ${diff.renamed.length} renamed`;
}

/** Console text; `color` adds ANSI swatches. */
export function formatText(diff, indexes, { color = false } = {}) {
  const lines = [`  ${summaryLine(diff)}`];
  const push = (sign, label, item) => {
    if (lines.length > LIMIT) return;
    const values = valueLines(item, indexes, { color, markdown: false });
    lines.push(`  ${sign} ${label}${values.length === 1 ? `  ${values[0]}` : ""}`);
    if (values.length > 1) for (const value of values) lines.push(`      ${value}`);
  };
  for (const { from, to } of diff.renamed) lines.push(`  → ${from} renamed to ${to}`);
  for (const { path, token } of diff.removed) push("-", path, { path, before: token });
  for (const { path, token } of diff.added) push("+", path, { path, after: token });
  for (const item of diff.changed) push("~", item.path, item);
  if (lines.length > LIMIT) lines.push(`  … (${LIMIT} lines shown)`);
  return lines.join("\n");
}

/** Markdown for a CI summary or PR comment. */
export function formatMarkdown(diff, indexes, { title, verdict, problems }) {
  const out = [`## ${title}`, "", `${summaryLine(diff)}. ${verdict}`, ""];
  const cell = (text) => text.replaceAll("|", "\\|");
  const table = (heading, rows) => {
    if (rows.length === 0) return;
    out.push(`### ${heading}`, "", "| token | CSS variable | values |", "| --- | --- | --- |");
    for (const row of rows.slice(0, LIMIT)) out.push(row);
    if (rows.length > LIMIT) out.push(`| … ${rows.length - LIMIT} more | | |`);
    out.push("");
  };
  const row = (item, path) => {
    const values = valueLines(item, indexes, { markdown: true }).map(cell).join("<br>");
    return `| \`${path}\` | \`--nx-${path.replaceAll(".", "-")}\` | ${values} |`;
  };
  if (problems.length > 0) {
    out.push("### Breaking changes without a changeset", "");
    for (const problem of problems) out.push(`- ${problem}`);
    out.push("");
  }
  table(
    "Renamed (breaking)",
    diff.renamed.map(
      ({ from, to }) =>
        `| \`${from}\` → \`${to}\` | \`--nx-${from.replaceAll(".", "-")}\` → \`--nx-${to.replaceAll(".", "-")}\` | |`,
    ),
  );
  table(
    "Removed (breaking)",
    diff.removed.map(({ path, token }) => row({ path, before: token }, path)),
  );
  table(
    "Changed",
    diff.changed.map((item) => row(item, item.path)),
  );
  table(
    "Added",
    diff.added.map(({ path, token }) => row({ path, after: token }, path)),
  );
  return `${out.join("\n").trimEnd()}\n`;
}
