// Tests for token-diff.mjs (the breaking-token gate) on throwaway git repositories built from
// the fixtures in token-diff/fixtures: run with  node --test scripts/release/
import assert from "node:assert/strict";
import { cpSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";

import { commands, removeAfterTests, tempDir, testEnv, write } from "./test-repo.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, "token-diff.mjs");
const fixtures = path.join(here, "token-diff", "fixtures");
const env = testEnv([
  "GITHUB_BASE_REF",
  "TOKEN_DIFF_BASE",
  "GITHUB_STEP_SUMMARY",
  "GITHUB_ACTIONS",
]);
const { run, git } = commands(env);
const tokensDir = (root) => path.join(root, "packages/tokens/tokens");

/** main holds fixtures/base; returns a clone (origin/main exists) on branch `feature`. */
function repo({ version = "0.3.0", pending = [] } = {}) {
  const origin = tempDir("token-diff-origin-");
  const clone = tempDir("token-diff-clone-");
  write(origin, "package.json", JSON.stringify({ name: "fx", private: true }));
  write(origin, ".changeset/config.json", JSON.stringify({ baseBranch: "main" }));
  write(origin, ".changeset/README.md", "# Changesets\n");
  write(origin, "packages/tokens/package.json", JSON.stringify({ name: "@nexod/tokens", version }));
  cpSync(path.join(fixtures, "base"), tokensDir(origin), { recursive: true });
  for (const file of pending) {
    cpSync(path.join(fixtures, "changesets", file), path.join(origin, ".changeset", file));
  }
  git(origin, "init", "-q", "-b", "main");
  git(origin, "add", ".");
  git(origin, "commit", "-q", "-m", "base");
  git(clone, "clone", "-q", origin, ".");
  git(clone, "checkout", "-q", "-b", "feature");
  return clone;
}

/** The branch's tokens become fixtures/<name>; `changesets` are copied into .changeset/. */
function branch(root, name, changesets = []) {
  rmSync(tokensDir(root), { recursive: true });
  cpSync(path.join(fixtures, name), tokensDir(root), { recursive: true });
  for (const file of changesets) {
    cpSync(path.join(fixtures, "changesets", file), path.join(root, ".changeset", file));
  }
}

function gate(root, ...args) {
  const markdown = path.join(root, "..", `${path.basename(root)}.md`);
  removeAfterTests(markdown);
  const result = run(
    process.execPath,
    [script, "--root", root, "--markdown", markdown, ...args],
    root,
  );
  return { ...result, markdown: readFileSync(markdown, "utf8") };
}

describe("token-diff gate", () => {
  test("passes with no token change (a fresh clone of main)", () => {
    const root = repo();
    git(root, "checkout", "-q", "main");
    const result = gate(root);
    assert.equal(result.code, 0, result.out);
    assert.match(result.stdout, /0 added, 0 changed, 0 removed, 0 renamed/);
    assert.match(result.stdout, /No token removed or renamed\./);
  });

  test("passes with a note when there is no base to compare with", () => {
    const root = tempDir("token-diff-nobase-");
    write(
      root,
      "packages/tokens/package.json",
      JSON.stringify({ name: "@nexod/tokens", version: "0.3.0" }),
    );
    cpSync(path.join(fixtures, "base"), tokensDir(root), { recursive: true });
    git(root, "init", "-q", "-b", "trunk");
    const result = gate(root);
    assert.equal(result.code, 0, result.out);
    assert.match(
      result.stdout,
      /none of origin\/main or main exists here; nothing to compare, passing/,
    );
  });

  test("lists added and changed tokens with before/after values and colour swatches", () => {
    const root = repo();
    branch(root, "changed");
    const result = gate(root);
    assert.equal(result.code, 0, result.out);
    assert.match(result.stdout, /1 added, 1 changed, 0 removed, 0 renamed/);
    assert.match(
      result.stdout,
      /~ color\.primary {2}light: \{color\.brand\.600\} \(#7158ee\) → \{color\.brand\.700\} \(#5b3fd6\)/,
    );
    assert.match(result.stdout, /\+ spacing\.8 {2}all: \{"value":32,"unit":"px"\}/);
    assert.match(
      result.markdown,
      /\| `color\.primary` \| `--nx-color-primary` \| light: `\{color\.brand\.600\}` `#7158ee` → `\{color\.brand\.700\}` `#5b3fd6` \|/,
    );
    assert.match(result.markdown, /### Added/);
  });

  test("fails on a removed token without a changeset", () => {
    const root = repo();
    branch(root, "removed");
    const result = gate(root);
    assert.equal(result.code, 1, result.out);
    assert.match(
      result.stderr,
      /color\.danger was removed: products using --nx-color-danger break\. Add a changeset that bumps @nexod\/tokens by a minor \(the package is 0\.x\) and names the replacement/,
    );
    assert.match(result.markdown, /### Removed \(breaking\)/);
  });

  test("fails on a removed token with a patch changeset, or one that does not name the replacement", () => {
    for (const changeset of ["patch-names-replacement.md", "minor-without-replacement.md"]) {
      const root = repo();
      branch(root, "removed", [changeset]);
      const result = gate(root);
      assert.equal(result.code, 1, `${changeset}: ${result.out}`);
    }
    const root = repo();
    branch(root, "removed", ["minor-without-replacement.md"]);
    assert.match(
      gate(root).stderr,
      /color\.danger was removed, but no minor-or-higher changeset for @nexod\/tokens \(\.changeset\/minor-without-replacement\.md\) names its replacement on the line that names it/,
    );
  });

  test("passes a removed token with a 0.x minor changeset naming the replacement", () => {
    const root = repo();
    branch(root, "removed", ["minor-names-replacement.md"]);
    const result = gate(root);
    assert.equal(result.code, 0, result.out);
    assert.match(
      result.stdout,
      /Breaking changes covered by \.changeset\/minor-names-replacement\.md/,
    );
  });

  test("detects a rename (same type and values, new path) and gates it", () => {
    const root = repo();
    branch(root, "renamed");
    const failed = gate(root);
    assert.equal(failed.code, 1, failed.out);
    assert.match(failed.stdout, /0 added, 0 changed, 0 removed, 1 renamed/);
    assert.match(failed.stdout, /→ color\.warn renamed to color\.warning/);
    assert.match(
      failed.stderr,
      /color\.warn was renamed to color\.warning: products using --nx-color-warn break/,
    );
    branch(root, "renamed", ["minor-names-replacement.md"]);
    assert.equal(gate(root).code, 0);
  });

  test("from 1.0 a minor is not enough: a major changeset is", () => {
    const root = repo({ version: "1.2.0" });
    branch(root, "removed", ["minor-names-replacement.md"]);
    const minor = gate(root);
    assert.equal(minor.code, 1, minor.out);
    assert.match(minor.stderr, /bumps @nexod\/tokens by a major/);
    rmSync(path.join(root, ".changeset/minor-names-replacement.md"));
    branch(root, "removed", ["major-names-replacement.md"]);
    assert.equal(gate(root).code, 0);
  });

  test("a changeset already on main does not cover this branch's removal", () => {
    const root = repo({ pending: ["minor-names-replacement.md"] });
    branch(root, "removed");
    const result = gate(root);
    assert.equal(result.code, 1, result.out);
  });
});
