// Child processes of the proof: commands run to completion, long-running servers, and the one
// cleanup that stops them and removes what was created, however the run ends.
import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import net from "node:net";

import { log, seconds } from "./phases.mjs";

// Commands that run() is waiting for: stopped first when we are interrupted.
const running = new Set();
const cleanups = [];

/** Register what cleanup() undoes; the last registered runs first. */
export function onCleanup(fn) {
  cleanups.push(fn);
}

let cleaning = null;
export function cleanup() {
  // One cleanup, however many callers (the signal handler and main's finally).
  cleaning ??= (async () => {
    await Promise.all([...running].map((child) => stopProcess(child, "command")));
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error(`registry-proof: cleanup: ${error.message}`);
      }
    }
  })();
  return cleaning;
}

// Environment for children: the caller's, without what `pnpm run` injects about *this* repo.
export function childEnv(extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const injected =
      /^(npm_package_|npm_lifecycle_|PNPM_PACKAGE_NAME$|PNPM_SCRIPT_SRC_DIR$|INIT_CWD$)/.test(
        key,
      ) ||
      /^(npm_config_user_agent|npm_command|npm_execpath|npm_node_execpath|pnpm_config_verify_deps_before_run)$/i.test(
        key,
      );
    if (injected) {
      delete env[key];
    }
  }
  return {
    ...env,
    NEXT_TELEMETRY_DISABLED: "1",
    DO_NOT_TRACK: "1",
    TURBO_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stop a process group we started: SIGTERM, then SIGKILL after a grace period. */
async function stopProcess(child, name) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      try {
        child.kill(signal);
      } catch {
        // already gone
      }
    }
  };
  signalGroup("SIGTERM");
  const timedOut = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)]);
  if (timedOut) {
    signalGroup("SIGKILL");
    await Promise.race([exited, sleep(2000)]);
  }
  log(`stopped ${name} (pid ${child.pid})`);
}

/**
 * Run a command to completion with a time limit. Output goes to a log file; the last lines are
 * printed when it fails.
 */
export function run(
  command,
  commandArgs,
  { cwd, env = childEnv(), timeoutMs, logFile, echo = false, capture = false },
) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    child.on("close", () => running.delete(child));
    const out = logFile ? createWriteStream(logFile, { flags: "a" }) : null;
    let tail = "";
    let stdout = "";
    if (capture) child.stdout.on("data", (chunk) => (stdout += chunk));
    const onData = (chunk) => {
      out?.write(chunk);
      if (echo) process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-6000);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const timer = setTimeout(() => {
      tail += `\n[registry-proof: timed out after ${seconds(timeoutMs)}]`;
      stopProcess(child, command);
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      out?.end();
      if (code === 0) resolve(capture ? stdout : tail);
      else {
        const where = logFile ? ` (full log: ${logFile})` : "";
        reject(
          new Error(
            `${command} ${commandArgs.join(" ")} failed (${signal ?? `exit ${code}`})${where}\n${tail.trimEnd()}`,
          ),
        );
      }
    });
  });
}

/** Start a long-running process in its own process group; it is stopped at cleanup. */
export function startProcess(name, command, commandArgs, { cwd, env, logFile }) {
  const logStream = createWriteStream(logFile);
  const child = spawn(command, commandArgs, {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  onCleanup(() => stopProcess(child, name));
  return child;
}

export async function waitForHttp(url, { timeoutMs, child, name, logFile }) {
  const deadline = Date.now() + timeoutMs;
  let lastError = "no response";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${name} exited early (${child.exitCode ?? child.signalCode}):\n${readTail(logFile)}`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return res;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = error.cause?.code ?? error.message;
    }
    await sleep(250);
  }
  throw new Error(
    `${name} did not answer ${url} within ${seconds(timeoutMs)} (${lastError}):\n${readTail(logFile)}`,
  );
}

function readTail(file, chars = 4000) {
  try {
    return readFileSync(file, "utf8").slice(-chars);
  } catch {
    return "(no log)";
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
