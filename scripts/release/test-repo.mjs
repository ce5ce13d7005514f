// Helpers for the release scripts' tests, which run the scripts on throwaway git repositories:
// a git environment free of the user's and CI's settings, commands, files, temp folders.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after } from "node:test";

/** A fixed identity and no global or system git config; `unset` names CI variables to drop. */
export function testEnv(unset = []) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: "test",
    GIT_AUTHOR_EMAIL: "test@example.com",
    GIT_COMMITTER_NAME: "test",
    GIT_COMMITTER_EMAIL: "test@example.com",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
  };
  for (const name of unset) delete env[name];
  return env;
}

/** `run` and `git` bound to one environment; `git` asserts success and returns the output. */
export function commands(env) {
  function run(cmd, args, cwd) {
    const result = spawnSync(cmd, args, { cwd, env, encoding: "utf8" });
    return {
      code: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      out: `${result.stdout}${result.stderr}`,
    };
  }
  function git(cwd, ...args) {
    const result = run("git", args, cwd);
    assert.equal(result.code, 0, result.out);
    return result.out;
  }
  return { run, git };
}

export function write(root, file, text) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const temps = [];
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Files or folders removed after the test file's tests. */
export function removeAfterTests(...paths) {
  temps.push(...paths);
}

/** A temp folder removed after the test file's tests. */
export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  removeAfterTests(dir);
  return dir;
}
