#!/usr/bin/env node
// Public API reports: api/<package>.api.md for every published workspace package, generated
// from the package's *built* type declarations (every `types` target in package.json
// `exports`) with the TypeScript compiler API.
//
//   node scripts/release/api-report.mjs --update   write the reports
//   node scripts/release/api-report.mjs --check    fail when a report is stale, or when it
//                                                  changed since the base branch without a
//                                                  changeset for that package
//
// Options: --root <dir> (default: this repository), --base <git ref> (default:
// origin/$GITHUB_BASE_REF, else origin/<baseBranch of .changeset/config.json>), also settable
// as API_REPORT_BASE. Build the packages first (`turbo run build --filter=./packages/*`).
//
// A report lists, per entry point, every exported name and its kind, then each declaration's
// text (comments dropped, union members sorted so the order tsc happens to print them in does
// not matter), then the non-exported declarations of the package that the API refers to.
//
// The work is in api-report/: packages.mjs (entry points), declarations.mjs (the API read from
// the .d.ts files), format.mjs (the report's text), changesets.mjs and line-diff.mjs (--check).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { baseBranchName, checkChangesetsSinceBase } from "./api-report/changesets.mjs";
import { createReporter, loadTypeScript, readApi } from "./api-report/declarations.mjs";
import { loadFormatter, renderReport } from "./api-report/format.mjs";
import { lineDiff } from "./api-report/line-diff.mjs";
import { publishedPackages } from "./api-report/packages.mjs";

// The tests import these from the script itself.
export { changesetPackages } from "./api-report/changesets.mjs";
export { exportLeaves } from "./api-report/packages.mjs";
export { lineDiff };

const scriptRepo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function parseArgs(argv) {
  const options = { mode: null, root: scriptRepo, base: process.env.API_REPORT_BASE || null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--update" || arg === "--check") options.mode = arg.slice(2);
    else if (arg === "--root") options.root = path.resolve(argv[++i]);
    else if (arg === "--base") options.base = argv[++i];
    else if (arg === "--help" || arg === "-h") options.mode = "help";
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return options;
}

class UsageError extends Error {}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`api-report: ${error.message}`);
    return 2;
  }
  if (!options.mode || options.mode === "help") {
    console.log(
      "usage: node scripts/release/api-report.mjs --update | --check [--root <dir>] [--base <git ref>]",
    );
    return options.mode === "help" ? 0 : 2;
  }
  const { root } = options;
  const repos = [root, scriptRepo];
  const ts = loadTypeScript(repos);
  const reporter = createReporter(ts);
  const apiDir = path.join(root, "api");
  const packages = publishedPackages(root);
  const format = await loadFormatter(repos);
  const reports = new Map();
  for (const pkg of packages) {
    const file = path.join(apiDir, pkg.reportFile);
    reports.set(pkg, await format(renderReport(pkg, readApi(ts, reporter, pkg), reporter), file));
  }
  const expectedFiles = new Set(packages.map((pkg) => pkg.reportFile));

  if (options.mode === "update") {
    mkdirSync(apiDir, { recursive: true });
    for (const [pkg, report] of reports) {
      const file = path.join(apiDir, pkg.reportFile);
      const previous = existsSync(file) ? readFileSync(file, "utf8") : null;
      writeFileSync(file, report);
      console.log(
        `api-report: ${previous === report ? "unchanged" : previous === null ? "created" : "updated"} api/${pkg.reportFile}`,
      );
    }
    for (const file of readdirSync(apiDir)) {
      if (file.endsWith(".api.md") && !expectedFiles.has(file)) {
        rmSync(path.join(apiDir, file));
        console.log(`api-report: removed api/${file} (no such published package)`);
      }
    }
    return 0;
  }

  // --check, part 1: the committed reports match the built declarations.
  const problems = [];
  for (const [pkg, report] of reports) {
    const file = path.join(apiDir, pkg.reportFile);
    if (!existsSync(file)) {
      problems.push(`api/${pkg.reportFile} is missing. Run \`pnpm api:update\` and commit it.`);
      continue;
    }
    const committed = readFileSync(file, "utf8");
    if (committed !== report) {
      problems.push(
        `api/${pkg.reportFile} does not match the built declarations of ${pkg.name}. Run \`pnpm api:update\`, review and commit it (and add a changeset).\n${lineDiff(committed, report)}`,
      );
    }
  }
  if (existsSync(apiDir)) {
    for (const file of readdirSync(apiDir)) {
      if (file.endsWith(".api.md") && !expectedFiles.has(file)) {
        problems.push(`api/${file} belongs to no published package. Run \`pnpm api:update\`.`);
      }
    }
  }

  // --check, part 2: a report that changed since the base branch needs a changeset.
  const baseRef =
    options.base ??
    (process.env.GITHUB_BASE_REF
      ? `origin/${process.env.GITHUB_BASE_REF}`
      : `origin/${baseBranchName(root)}`);
  const sinceBase = checkChangesetsSinceBase({ root, baseRef, apiDir, packages });
  problems.push(...sinceBase.problems);

  for (const note of sinceBase.notes) console.log(`api-report: ${note}`);
  if (problems.length > 0) {
    console.error(`\napi-report: FAILED\n\n${problems.join("\n\n")}\n`);
    return 1;
  }
  console.log(`api-report: ${reports.size} API report(s) up to date`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`api-report: ${error.message}`);
    process.exitCode = 1;
  }
}
