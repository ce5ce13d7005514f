// Tests for api-report.mjs on throwaway git repositories: run with
//   node --test scripts/release/
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";

import { changesetPackages } from "./api-report.mjs";
import { commands, tempDir, testEnv, write } from "./test-repo.mjs";

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "api-report.mjs");
const { run, git } = commands(testEnv(["GITHUB_BASE_REF", "API_REPORT_BASE"]));

function report(root, ...args) {
  return run(process.execPath, [script, "--root", root, ...args], root);
}

const greetDts = `export interface GreetOptions {\n  /** Shout it. */\n  loud?: boolean;\n}\nexport declare function greet(name: string, options?: GreetOptions): string;\nexport declare const tone: "warm" | "cold";\n`;

/** A workspace with two published packages (@fx/demo, @fx/other) and one private app. */
function fixture() {
  const root = tempDir("api-report-test-");
  write(root, "package.json", JSON.stringify({ name: "fx", private: true }));
  write(root, ".changeset/config.json", JSON.stringify({ baseBranch: "main" }));
  write(root, ".changeset/README.md", "# Changesets\n");
  write(
    root,
    "packages/demo/package.json",
    JSON.stringify({
      name: "@fx/demo",
      version: "1.0.0",
      exports: {
        ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
        "./styles.css": "./dist/styles.css",
      },
    }),
  );
  write(root, "packages/demo/dist/index.d.ts", greetDts);
  write(
    root,
    "packages/other/package.json",
    JSON.stringify({ name: "@fx/other", version: "1.0.0", types: "./index.d.ts" }),
  );
  write(root, "packages/other/index.d.ts", "export declare const answer: 42;\n");
  write(root, "packages/app/package.json", JSON.stringify({ name: "app", private: true }));
  git(root, "init", "-q", "-b", "main");
  return root;
}

/** fixture() with committed reports, cloned so that origin/main exists, on a feature branch. */
function branchFixture() {
  const origin = fixture();
  assert.equal(report(origin, "--update").code, 0);
  write(origin, ".changeset/old-demo.md", `---\n"@fx/demo": minor\n---\n\nAlready pending.\n`);
  git(origin, "add", "-A");
  git(origin, "commit", "-q", "-m", "reports");
  const clone = tempDir("api-report-clone-");
  git(tmpdir(), "clone", "-q", origin, clone);
  git(clone, "checkout", "-q", "-b", "feature");
  return clone;
}

describe("api-report", () => {
  test("--update writes one report per published package; --check then passes", () => {
    const root = fixture();
    const update = report(root, "--update");
    assert.equal(update.code, 0, update.out);
    const demo = readFileSync(path.join(root, "api/demo.api.md"), "utf8");
    assert.match(demo, /# API report: @fx\/demo/);
    assert.match(demo, /GreetOptions: interface\ngreet: function\ntone: const/);
    assert.match(demo, /function greet\(name: string, options\?: GreetOptions\): string;/);
    assert.match(demo, /`\.\/styles\.css`/);
    assert.doesNotMatch(demo, /Shout it/, "comments are not API");
    assert.match(readFileSync(path.join(root, "api/other.api.md"), "utf8"), /const answer: 42;/);
    assert.throws(
      () => readFileSync(path.join(root, "api/app.api.md")),
      "private packages get none",
    );
    const check = report(root, "--check");
    assert.equal(check.code, 0, check.out);
    assert.match(check.out, /not a git work tree|no origin\/main/);
  });

  test("--check fails when the built declarations changed and the report was not updated", () => {
    const root = fixture();
    report(root, "--update");
    write(
      root,
      "packages/demo/dist/index.d.ts",
      greetDts.replace("loud?: boolean;", "loud?: boolean;\n  times?: number;"),
    );
    const check = report(root, "--check");
    assert.equal(check.code, 1, check.out);
    assert.match(
      check.out,
      /api\/demo\.api\.md does not match the built declarations of @fx\/demo/,
    );
    assert.match(check.out, /pnpm api:update/);
    assert.match(check.out, /\+\s+times\?: number;/);
  });

  test("--check fails when a report is missing, and when the declarations are not built", () => {
    const root = fixture();
    assert.match(report(root, "--check").out, /api\/demo\.api\.md is missing/);
    rmSync(path.join(root, "packages/demo/dist"), { recursive: true });
    const check = report(root, "--check");
    assert.equal(check.code, 1);
    assert.match(check.out, /missing \.\/dist\/index\.d\.ts\. Build the packages first/);
  });

  test("union member order and comments do not change the report", () => {
    const root = fixture();
    report(root, "--update");
    write(
      root,
      "packages/demo/dist/index.d.ts",
      `/** Options. */\n${greetDts.replace('"warm" | "cold"', '"cold" | "warm"')}`,
    );
    const check = report(root, "--check");
    assert.equal(check.code, 0, check.out);
  });

  test("an API change since the base branch without a changeset fails, with one passes", () => {
    const clone = branchFixture();
    write(
      clone,
      "packages/demo/dist/index.d.ts",
      `${greetDts}export declare function wave(): void;\n`,
    );
    assert.equal(report(clone, "--update").code, 0);

    // Reports are up to date but no changeset of this branch names @fx/demo: the one pending
    // on main since before the branch does not count.
    let check = report(clone, "--check");
    assert.equal(check.code, 1, check.out);
    assert.match(check.out, /@fx\/demo: its public API changed since origin\/main/);
    assert.match(check.out, /\+ wave: function/);
    assert.match(check.out, /old-demo\.md already pending on origin\/main does not count/);

    // A changeset for another package does not help either.
    write(clone, ".changeset/other.md", `---\n"@fx/other": patch\n---\n\nOther.\n`);
    check = report(clone, "--check");
    assert.equal(check.code, 1, check.out);

    // A changeset naming @fx/demo, committed or not, does.
    write(clone, ".changeset/wave.md", `---\n"@fx/demo": minor\n---\n\nAdd wave().\n`);
    check = report(clone, "--check");
    assert.equal(check.code, 0, check.out);
    assert.match(check.out, /covered by \.changeset\/wave\.md/);
    git(clone, "add", "-A");
    git(clone, "commit", "-q", "-m", "wave");
    assert.equal(report(clone, "--check").code, 0);
  });

  test("a committed changeset still counts after `changeset version --snapshot` deleted it", () => {
    const clone = branchFixture();
    write(
      clone,
      "packages/demo/dist/index.d.ts",
      `${greetDts}export declare function wave(): void;\n`,
    );
    report(clone, "--update");
    write(clone, ".changeset/wave.md", `---\n"@fx/demo": minor\n---\n\nAdd wave().\n`);
    git(clone, "add", "-A");
    git(clone, "commit", "-q", "-m", "wave");
    rmSync(path.join(clone, ".changeset/wave.md"));
    rmSync(path.join(clone, ".changeset/old-demo.md"));
    const check = report(clone, "--check");
    assert.equal(check.code, 0, check.out);
    assert.match(check.out, /covered by \.changeset\/wave\.md/);
  });

  test("editing a pending changeset of the base branch counts as covering the change", () => {
    const clone = branchFixture();
    write(clone, "packages/demo/dist/index.d.ts", greetDts.replace("greet(", "greetAll("));
    report(clone, "--update");
    assert.equal(report(clone, "--check").code, 1);
    write(
      clone,
      ".changeset/old-demo.md",
      `---\n"@fx/demo": minor\n---\n\nAlready pending. Renames greet to greetAll.\n`,
    );
    assert.equal(report(clone, "--check").code, 0);
  });

  test("a `none` bump does not cover an API change; --base picks another base", () => {
    const clone = branchFixture();
    write(clone, "packages/other/index.d.ts", "export declare const answer: 43;\n");
    report(clone, "--update");
    write(clone, ".changeset/none.md", `---\n"@fx/other": none\n---\n\nNothing.\n`);
    assert.equal(report(clone, "--check").code, 1);
    // With the feature branch itself as the base there is nothing to compare.
    git(clone, "add", "-A");
    git(clone, "commit", "-q", "-m", "answer");
    const check = report(clone, "--check", "--base", "HEAD");
    assert.equal(check.code, 0, check.out);
  });

  test("changesetPackages reads the front matter", () => {
    assert.deepEqual(
      changesetPackages(`---\n"@a/b": minor\n'c': patch\nd: major\n---\n\n"@x/y": major\n`),
      [
        { name: "@a/b", bump: "minor" },
        { name: "c", bump: "patch" },
        { name: "d", bump: "major" },
      ],
    );
    assert.deepEqual(changesetPackages("no front matter"), []);
  });
});
