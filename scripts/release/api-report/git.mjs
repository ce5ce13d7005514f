// git in the reported repository; a failing command is a value (ok: false), not an exception.
import { spawnSync } from "node:child_process";

export function git(root, args) {
  const result = spawnSync("git", args, { cwd: root, encoding: "utf8" });
  return { ok: result.status === 0, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}
