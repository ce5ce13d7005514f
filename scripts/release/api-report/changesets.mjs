// Changesets: which packages a changeset bumps, and whether every report that changed since the
// base branch is covered by a changeset added in this branch.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { compareText } from "./compare-text.mjs";
import { git } from "./git.mjs";
import { lineDiff } from "./line-diff.mjs";

export function baseBranchName(root) {
  try {
    return (
      JSON.parse(readFileSync(path.join(root, ".changeset/config.json"), "utf8")).baseBranch ||
      "main"
    );
  } catch {
    return "main";
  }
}

/** Package names in a changeset's front matter. */
export function changesetPackages(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return [];
  const names = [];
  for (const line of match[1].split(/\r?\n/)) {
    const entry = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (entry) names.push({ name: entry[1].trim(), bump: entry[2] });
  }
  return names;
}

/**
 * Changesets in the working tree, plus those committed at HEAD but deleted in the working tree
 * (`changeset version --snapshot` consumes them before `pnpm release` runs). `inBranch`: added or
 * edited since the merge base. Shared by the API report check and the breaking-token gate.
 */
export function changesetsInBranch(root, mergeBase) {
  const dir = path.join(root, ".changeset");
  const texts = new Map();
  const committed = git(root, ["ls-tree", "--name-only", "HEAD", "./.changeset/"]);
  for (const name of committed.ok ? committed.stdout.split("\n") : []) {
    const file = path.basename(name.trim());
    if (!file.endsWith(".md") || file === "README.md" || existsSync(path.join(dir, file))) continue;
    const text = git(root, ["show", `HEAD:./.changeset/${file}`]);
    if (text.ok) texts.set(file, text.stdout);
  }
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)) {
      if (file.endsWith(".md") && file !== "README.md")
        texts.set(file, readFileSync(path.join(dir, file), "utf8"));
    }
  }
  return [...texts.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([file, text]) => {
      const before = git(root, ["show", `${mergeBase}:./.changeset/${file}`]);
      return {
        file,
        packages: changesetPackages(text),
        // The release notes under the front matter (the token gate reads the replacements there).
        body: text.replace(/^---\r?\n[\s\S]*?\r?\n---/, ""),
        inBranch: !before.ok || before.stdout !== text,
      };
    });
}

/**
 * Problems for reports that changed since the merge base with `baseRef` while no changeset of
 * this branch bumps their package, and notes on what was compared or skipped.
 */
export function checkChangesetsSinceBase({ root, baseRef, apiDir, packages }) {
  const problems = [];
  const notes = [];
  if (!git(root, ["rev-parse", "--is-inside-work-tree"]).ok) {
    notes.push(`not a git work tree: skipped the comparison with ${baseRef}`);
  } else if (!git(root, ["rev-parse", "--verify", "--quiet", `${baseRef}^{commit}`]).ok) {
    notes.push(
      `no ${baseRef} here (no remote, or a shallow clone): skipped the changeset check. CI needs the base branch fetched (actions/checkout with fetch-depth: 0).`,
    );
  } else {
    const mergeBaseResult = git(root, ["merge-base", "HEAD", baseRef]);
    const mergeBase = mergeBaseResult.stdout.trim();
    if (!mergeBaseResult.ok || !mergeBase) {
      notes.push(
        `no merge base between HEAD and ${baseRef} (shallow clone?): skipped the changeset check`,
      );
    } else if (!git(root, ["cat-file", "-e", `${mergeBase}:./api`]).ok) {
      notes.push(
        `${baseRef} (${mergeBase.slice(0, 7)}) has no api/ reports yet: skipped the changeset check`,
      );
    } else {
      const changesets = changesetsInBranch(root, mergeBase);
      let compared = 0;
      for (const pkg of packages) {
        const file = path.join(apiDir, pkg.reportFile);
        if (!existsSync(file)) continue;
        const current = readFileSync(file, "utf8");
        const before = git(root, ["show", `${mergeBase}:./api/${pkg.reportFile}`]);
        compared++;
        if (before.ok && before.stdout === current) continue;
        const matching = changesets.filter(
          (c) => c.inBranch && c.packages.some((p) => p.name === pkg.name && p.bump !== "none"),
        );
        if (matching.length > 0) {
          console.log(
            `api-report: ${pkg.name} API changed since ${baseRef}; covered by .changeset/${matching.map((c) => c.file).join(", .changeset/")}`,
          );
          continue;
        }
        const older = changesets.filter(
          (c) => !c.inBranch && c.packages.some((p) => p.name === pkg.name),
        );
        problems.push(
          [
            `${pkg.name}: its public API changed since ${baseRef} (${mergeBase.slice(0, 7)}) but no changeset added in this branch bumps it.`,
            before.ok ? lineDiff(before.stdout, current) : `  (api/${pkg.reportFile} is new)`,
            older.length
              ? `  (.changeset/${older.map((c) => c.file).join(", .changeset/")} already pending on ${baseRef} does not count: describe this change)`
              : null,
            `  Add one: pnpm changeset   (or: pnpm changeset add --minor ${pkg.name} -m "…")`,
          ]
            .filter(Boolean)
            .join("\n"),
        );
      }
      notes.push(`compared ${compared} report(s) with ${baseRef} at ${mergeBase.slice(0, 7)}`);
    }
  }
  return { problems, notes };
}
