// Build timings, wall clock of the real commands from the repository root: turbo cold
// (--force: cache ignored) and cached, the Storybook static build, the tokens build.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchDir, median, repoRoot } from "./util.mjs";

export const TURBO_FILTER = "@nexod/ui...";

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", CI: "1" };

/** Runs a command, returns its wall time and combined output; never throws. */
export function timed(cmd, args, { cwd = repoRoot, extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, {
      cwd,
      env: { ...env, ...extraEnv },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (error) => resolve({ ok: false, ms: NaN, output: String(error) }));
    child.on("close", (code) =>
      resolve({ ok: code === 0, ms: performance.now() - started, output, code }),
    );
  });
}

/**
 * Why a command failed, for the "n/a (reason)" cell: the last error line of the output that is
 * not pnpm's own wrapper, with the line after it when the message wraps.
 */
function reason(res) {
  const lines = res.output
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .map((l) => l.replace(/^[\s│■└◇●×]+/u, "").trim())
    .filter(Boolean);
  const isError = (l) =>
    /(\w*Error\b|ERR_[A-Z_]+|failed)/.test(l) && !/ERR_PNPM|ELIFECYCLE|recursive run|^at /.test(l);
  const i = lines.findLastIndex(isError);
  if (i < 0) return (lines.at(-1) ?? `exit code ${res.code}`).slice(0, 160);
  const next = lines[i + 1];
  const text =
    next && !next.startsWith("at ") && lines[i].length < 80 ? `${lines[i]} ${next}` : lines[i];
  return text.slice(0, 160);
}

function summarise(results, extra = {}) {
  const failed = results.find((r) => !r.ok);
  if (failed) return { error: reason(failed), ...extra };
  return { median: median(results.map((r) => r.ms)), runs: results.length, ...extra };
}

export async function measureBuilds({ runs, log }) {
  const out = {};
  const cold = [];
  const cached = [];
  let fullTurbo = 0;
  for (let i = 0; i < runs; i++) {
    log(`turbo build, cold ${i + 1}/${runs}`);
    cold.push(
      await timed("pnpm", ["turbo", "run", "build", "--force", `--filter=${TURBO_FILTER}`]),
    );
    log(`turbo build, cached ${i + 1}/${runs}`);
    const res = await timed("pnpm", ["turbo", "run", "build", `--filter=${TURBO_FILTER}`]);
    if (/FULL TURBO/.test(res.output)) fullTurbo++;
    cached.push(res);
  }
  out.turboCold = summarise(cold);
  out.turboCached = summarise(cached, { fullTurbo: `${fullTurbo}/${runs}` });

  log("storybook build");
  const sb = await timed("pnpm", ["--filter", "@nexod/storybook", "build"]);
  const noProject = /No projects matched/i.test(sb.output);
  out.storybook =
    sb.ok && !noProject
      ? { median: sb.ms, runs: 1 }
      : { error: noProject ? "no @nexod/storybook package" : reason(sb) };

  const tokens = [];
  for (let i = 0; i < runs; i++) {
    log(`tokens build ${i + 1}/${runs}`);
    tokens.push(await timed("pnpm", ["--filter", "@nexod/tokens", "build"]));
  }
  out.tokens = summarise(tokens);

  // The tokens engineer's own bench (bench/tokens/build.mjs), when it exists: the CLI build
  // alone on the shipped set and on a generated 5,000-token set.
  const script = path.join(benchDir, "tokens/build.mjs");
  if (existsSync(script)) {
    log("bench/tokens/build.mjs");
    const res = await timed(process.execPath, [script], { extraEnv: { BENCH_RUNS: String(runs) } });
    out.tokensScript = res.ok ? { ...parseTokensScript(res.output), runs } : { error: reason(res) };
  }
  return out;
}

/** Reads "name: N tokens" / "build (...): median X ms" blocks printed by bench/tokens/build.mjs. */
function parseTokensScript(output) {
  const sets = [];
  let current = null;
  for (const line of output.split("\n")) {
    const head = /^(\S.*?): (\d+) tokens/.exec(line);
    if (head) sets.push((current = { name: head[1], tokens: Number(head[2]) }));
    const m = /^\s+(build|whole command)[^:]*:\s*median (\d+) ms/.exec(line);
    if (m && current) current[m[1] === "build" ? "build" : "command"] = Number(m[2]);
  }
  return sets.length ? { sets } : { error: "could not read its output" };
}
