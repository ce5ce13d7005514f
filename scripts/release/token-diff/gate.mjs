// The breaking-token rule: a removed or renamed token fails unless a changeset added or edited
// in this branch bumps the package by a major (a minor while it is 0.x) and names the
// replacement on the line that names the old token.

/** `color.brand.600` → `--nx-color-brand-600`. */
export const cssVarOf = (tokenPath) => `--nx-${tokenPath.replaceAll(".", "-")}`;

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether a line names the token, as a path (`color.danger`) or a CSS variable. */
export function namesToken(line, tokenPath) {
  const asPath = new RegExp(`(?<![\\w.-])${escape(tokenPath)}(?![\\w-]|\\.\\w)`);
  const asVar = new RegExp(`${escape(cssVarOf(tokenPath))}(?![\\w-])`);
  return asPath.test(line) || asVar.test(line);
}

const RANK = { none: 0, patch: 1, minor: 2, major: 3 };

/** semver: before 1.0 a minor may break; from 1.0 only a major. */
export const requiredBump = (version) => (/^0\./.test(version) ? "minor" : "major");

/**
 * One problem per breaking change not covered. `after` is the new token index: for a removed
 * token, any token that still exists (or the words "no replacement") names the replacement.
 */
export function checkBreaking(diff, { changesets, packageName, version, after }) {
  const bump = requiredBump(version);
  const qualifying = changesets.filter(
    (c) =>
      c.inBranch && c.packages.some((p) => p.name === packageName && RANK[p.bump] >= RANK[bump]),
  );
  const lines = qualifying.flatMap((c) => c.body.split(/\r?\n/));
  const breaking = [
    ...diff.removed.map(({ path: from }) => ({ from, to: undefined })),
    ...diff.renamed,
  ];
  const problems = [];
  for (const { from, to } of breaking) {
    const what = to ? `renamed to ${to}` : "removed";
    if (qualifying.length === 0) {
      problems.push(
        `${from} was ${what}: products using ${cssVarOf(from)} break. Add a changeset that bumps ${packageName} by ${bump === "minor" ? "a minor (the package is 0.x)" : "a major"} and names the replacement, e.g. "- \`${from}\` → \`${to ?? "color.new-name"}\`".`,
      );
      continue;
    }
    const naming = lines.filter((line) => namesToken(line, from));
    const replaced = naming.some((line) =>
      to
        ? namesToken(line, to)
        : /no replacement/i.test(line) || [...after.keys()].some((p) => namesToken(line, p)),
    );
    if (!replaced) {
      problems.push(
        `${from} was ${what}, but no ${bump}-or-higher changeset for ${packageName} (${qualifying.map((c) => `.changeset/${c.file}`).join(", ")}) names ${naming.length ? "its replacement on the line that names it" : `it (as ${from} or ${cssVarOf(from)})`}. Write e.g. "- \`${from}\` → \`${to ?? "color.new-name"}\`"${to ? "" : ' (or "no replacement")'}.`,
      );
    }
  }
  return { problems, qualifying };
}
