#!/usr/bin/env node
// Breaking-token gate: the token diff of this branch (working tree) against the merge base with
// the base branch, printed and written as Markdown; a removed or renamed token fails unless a
// changeset of this branch bumps @nexod/tokens by a major (a minor while 0.x) and names the
// replacement. Local git only, no network, no build: it runs in about a second.
//
//   node scripts/release/token-diff.mjs [--base <ref>] [--markdown <file>] [--root <dir>]
//                                       [--package-dir <dir>]
//
// Base: --base, else TOKEN_DIFF_BASE, else origin/$GITHUB_BASE_REF, else origin/<baseBranch of
// .changeset/config.json>, else the local <baseBranch>. Without any (a fresh clone without
// history) the comparison is skipped with a note. Markdown also goes to $GITHUB_STEP_SUMMARY.
// Exit codes: 0 pass (or nothing to compare), 1 a breaking change without a changeset,
// 2 usage or unreadable input.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { baseBranchName } from "./api-report/changesets.mjs";
import { git } from "./api-report/git.mjs";
import { diffTokens } from "./token-diff/diff.mjs";
import { formatMarkdown, formatText } from "./token-diff/format.mjs";
import { changesetsInBranch } from "./api-report/changesets.mjs";
import { checkBreaking } from "./token-diff/gate.mjs";
import { filesAtCommit, filesInWorkTree, tokenIndex } from "./token-diff/read-tokens.mjs";

const scriptRepo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

class UsageError extends Error {}

function parseArgs(argv) {
  const options = {
    root: scriptRepo,
    base: process.env.TOKEN_DIFF_BASE || null,
    markdown: null,
    packageDir: "packages/tokens",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--root") options.root = path.resolve(value());
    else if (arg === "--base") options.base = value();
    else if (arg === "--markdown") options.markdown = path.resolve(value());
    else if (arg === "--package-dir") options.packageDir = value();
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return options;
}

/** The first base candidate that exists here, or null. */
function resolveBase(root, explicit) {
  const branch = baseBranchName(root);
  const candidates = explicit
    ? [explicit]
    : [
        process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : null,
        `origin/${branch}`,
        branch,
      ].filter(Boolean);
  return (
    candidates.find(
      (ref) => git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).ok,
    ) ?? null
  );
}

function writeMarkdown(options, markdown) {
  if (options.markdown) writeFileSync(options.markdown, markdown);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const { root } = options;
  const pkg = JSON.parse(readFileSync(path.join(root, options.packageDir, "package.json"), "utf8"));
  const tokensRel = `${options.packageDir}/tokens`;
  const base = resolveBase(root, options.base);
  const mergeBase = base ? git(root, ["merge-base", "HEAD", base]).stdout.trim() : "";
  if (!mergeBase) {
    const note = base
      ? `no merge base between HEAD and ${base} (shallow clone?)`
      : `none of ${options.base ?? `origin/${baseBranchName(root)} or ${baseBranchName(root)}`} exists here`;
    console.log(
      `token-diff: ${note}; nothing to compare, passing. CI needs the history (actions/checkout with fetch-depth: 0).`,
    );
    writeMarkdown(options, `## Token changes\n\nNot compared: ${note}.\n`);
    return 0;
  }
  const indexes = {
    before: tokenIndex(
      filesAtCommit(root, mergeBase, tokensRel),
      `${tokensRel} at ${mergeBase.slice(0, 7)}`,
    ),
    after: tokenIndex(filesInWorkTree(path.join(root, tokensRel)), tokensRel),
  };
  const diff = diffTokens(indexes.before, indexes.after);
  const { problems, qualifying } = checkBreaking(diff, {
    changesets: changesetsInBranch(root, mergeBase),
    packageName: pkg.name,
    version: pkg.version,
    after: indexes.after,
  });
  const breaking = diff.removed.length + diff.renamed.length;
  const verdict =
    breaking === 0
      ? "No token removed or renamed."
      : problems.length > 0
        ? `**${problems.length} breaking change(s) without a changeset that covers them.**`
        : `Breaking changes covered by .changeset/${qualifying.map((c) => c.file).join(", .changeset/")}.`;
  console.log(
    `token-diff: ${pkg.name} tokens (${tokensRel}) against ${base} at ${mergeBase.slice(0, 7)}`,
  );
  console.log(
    formatText(diff, indexes, {
      color: Boolean(process.stdout.isTTY || process.env.GITHUB_ACTIONS),
    }),
  );
  writeMarkdown(
    options,
    formatMarkdown(diff, indexes, { title: `Token changes in ${pkg.name}`, verdict, problems }),
  );
  if (problems.length > 0) {
    console.error(`token-diff: ${problems.length} breaking token change(s) need a changeset:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  console.log(`token-diff: ${verdict.replaceAll("**", "")}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`token-diff: ${error.message}`);
  if (error instanceof UsageError) {
    console.error(
      "usage: token-diff.mjs [--base <ref>] [--markdown <file>] [--root <dir>] [--package-dir <dir>]",
    );
  }
  process.exitCode = 2;
}
