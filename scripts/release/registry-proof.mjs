#!/usr/bin/env node
// Proof against a real registry: publish the workspace packages with changesets to a private
// Verdaccio on 127.0.0.1, install them into a fresh Next.js 16 app outside the workspace, lint
// it with @nexod/eslint-config/next, build it, start it and check in Chromium that a Button
// renders with token styles.
//
//   node scripts/release/registry-proof.mjs [--skip-build] [--keep]
//
// The working tree is never touched: versions are written by `changeset version --snapshot
// proof` in a temporary copy of the workspace (package manifests, the built packages,
// .changeset/), which `changeset publish --tag proof` then publishes. Verdaccio has no uplinks,
// so @nexod/* exists only there; the app's .npmrc routes only the @nexod scope to it and
// everything else comes from the normal registry. Everything started is stopped and every
// temporary directory removed, on success and on failure (--keep leaves the directory for
// debugging).
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium); NEXOD_TOOLS_DIR caches the Verdaccio
// install between runs (default ~/.cache/nexod/tools); REGISTRY_PROOF_TMP overrides the
// temporary directory's parent (default: the OS temp dir).
import { spawn } from "node:child_process";
import {
  cpSync,
  createWriteStream,
  existsSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const VERDACCIO_VERSION = "6.10.4";
const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (!["--skip-build", "--keep", "--help", "-h"].includes(arg)) {
    console.error(`registry-proof: unknown argument ${arg}`);
    process.exit(2);
  }
}
if (args.has("--help") || args.has("-h")) {
  console.log("usage: node scripts/release/registry-proof.mjs [--skip-build] [--keep]");
  process.exit(0);
}

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

// ---------------------------------------------------------------------------------------------
// Bookkeeping: phases with timings, processes and directories to clean up.

const started = performance.now();
const timings = [];
const cleanups = [];
let failedPhase = null;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (message) => console.log(`registry-proof: ${message}`);

async function phase(name, fn) {
  log(`▶ ${name}`);
  const t0 = performance.now();
  try {
    return await fn();
  } catch (error) {
    failedPhase ??= name;
    throw error;
  } finally {
    const ms = performance.now() - t0;
    timings.push({ name, ms });
    log(`  ${name}: ${seconds(ms)}`);
  }
}

function printTimings(ok) {
  const total = performance.now() - started;
  console.log(`\nregistry-proof: ${ok ? "PASSED" : "FAILED"} in ${seconds(total)}`);
  const width = Math.max(...timings.map((t) => t.name.length), 5);
  for (const { name, ms } of timings)
    console.log(`  ${name.padEnd(width)}  ${seconds(ms).padStart(8)}`);
}

// Commands that run() is waiting for: stopped first when we are interrupted.
const running = new Set();

let cleaning = null;
function cleanup() {
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

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\nregistry-proof: ${signal} received, cleaning up`);
    await cleanup();
    printTimings(false);
    process.exit(130);
  });
}

// Environment for children: the caller's, without what `pnpm run` injects about *this* repo.
function childEnv(extra = {}) {
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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Run a command to completion with a time limit. Output goes to a log file; the last lines are
 * printed when it fails.
 */
function run(
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
function startProcess(name, command, commandArgs, { cwd, env, logFile }) {
  const logStream = createWriteStream(logFile);
  const child = spawn(command, commandArgs, {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  cleanups.push(() => stopProcess(child, name));
  return child;
}

async function waitForHttp(url, { timeoutMs, child, name, logFile, ok = (res) => res.ok }) {
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
      if (ok(res)) return res;
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

function freePort() {
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

// ---------------------------------------------------------------------------------------------
// Workspace facts

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const workspaceYaml = readFileSync(path.join(repoRoot, "pnpm-workspace.yaml"), "utf8");

/** The `packages:` globs of pnpm-workspace.yaml. */
function workspaceGlobs() {
  const block = /^packages:\s*\n((?:[ \t]+-.*\n?)+)/m.exec(workspaceYaml);
  if (!block) return ["packages/*"];
  return block[1]
    .split("\n")
    .map((line) => /^\s*-\s*["']?([^"'#]+?)["']?\s*(?:#.*)?$/.exec(line)?.[1])
    .filter(Boolean);
}

/** `key: value` lines of a top-level block of pnpm-workspace.yaml (catalog:, allowBuilds:). */
function yamlBlock(name) {
  const block = new RegExp(
    `^${name}:[ \\t]*\\n((?:(?:[ \\t]+.*)?\\n?)+?)(?=^\\S|(?![\\s\\S]))`,
    "m",
  ).exec(workspaceYaml);
  const entries = {};
  for (const line of block?.[1].split("\n") ?? []) {
    const match = /^\s+(?:"([^"]+)"|'([^']+)'|([^\s"'#][^:#]*?))\s*:\s*(.*?)\s*(?:#.*)?$/.exec(
      line,
    );
    if (match) entries[match[1] ?? match[2] ?? match[3]] = match[4].replace(/^["']|["']$/g, "");
  }
  return entries;
}

function workspaceProjects() {
  const dirs = new Set();
  for (const pattern of workspaceGlobs()) {
    for (const file of globSync(`${pattern}/package.json`, { cwd: repoRoot })) {
      if (!file.includes("node_modules")) dirs.add(path.dirname(file));
    }
  }
  return [...dirs]
    .sort()
    .map((dir) => ({ dir, manifest: readJson(path.join(repoRoot, dir, "package.json")) }));
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const catalog = yamlBlock("catalog");
  const version = (name, fallback) => catalog[name] ?? fallback;
  const projects = workspaceProjects();
  const publishable = projects.filter((p) => !p.manifest.private && p.dir.startsWith("packages/"));
  const publishableNames = publishable.map((p) => p.manifest.name);
  for (const required of ["@nexod/ui", "@nexod/tokens", "@nexod/eslint-config"]) {
    if (!publishableNames.includes(required))
      throw new Error(`${required} is not a published workspace package`);
  }
  const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium not found at ${chromiumPath}; install it or set CHROMIUM_PATH`);
  const playwrightCore = resolvePlaywrightCore();

  const tmpParent = process.env.REGISTRY_PROOF_TMP || os.tmpdir();
  const tmp = mkdtempSync(path.join(tmpParent, "nexod-registry-proof-"));
  if (!path.relative(repoRoot, tmp).startsWith(".."))
    throw new Error(`temporary directory ${tmp} is inside the repository`);
  cleanups.push(() => {
    if (args.has("--keep")) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  });
  const logs = path.join(tmp, "logs");
  mkdirSync(logs);
  log(`temporary directory ${tmp}`);

  // 1. Build the packages (turbo: a cache hit when CI built them already).
  if (!args.has("--skip-build")) {
    await phase("build packages", () =>
      run(
        "pnpm",
        ["exec", "turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"],
        {
          cwd: repoRoot,
          timeoutMs: 15 * 60_000,
          logFile: path.join(logs, "build.log"),
        },
      ),
    );
  }

  // 2. Verdaccio, installed once into a cache outside the repository.
  const verdaccioBin = await phase("install verdaccio", () => installVerdaccio(logs));

  // 3. Start it on a free port with storage in the temporary directory.
  const registryPort = await freePort();
  const registry = `http://127.0.0.1:${registryPort}/`;
  const token = await phase("start verdaccio", async () => {
    const dir = path.join(tmp, "verdaccio");
    mkdirSync(dir);
    const config = [
      `storage: ${JSON.stringify(path.join(dir, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(path.join(dir, "htpasswd"))}`,
      "    max_users: 10",
      "uplinks: {}",
      "packages:",
      "  '@nexod/*':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      `listen: 127.0.0.1:${registryPort}`,
      "server:",
      "  keepAliveTimeout: 60",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n");
    writeFileSync(path.join(dir, "config.yaml"), config);
    const logFile = path.join(logs, "verdaccio.log");
    const child = startProcess(
      "verdaccio",
      process.execPath,
      [verdaccioBin, "--config", path.join(dir, "config.yaml")],
      {
        cwd: dir,
        env: childEnv(),
        logFile,
      },
    );
    await waitForHttp(`${registry}-/ping`, {
      timeoutMs: 60_000,
      child,
      name: "verdaccio",
      logFile,
    });
    const res = await fetch(`${registry}-/user/org.couchdb.user:proof`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "proof", password: `proof-${process.pid}-${Date.now()}` }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = await res.json();
    if (!res.ok || !body.token)
      throw new Error(
        `creating the registry user failed: HTTP ${res.status} ${JSON.stringify(body)}`,
      );
    log(`verdaccio ${VERDACCIO_VERSION} on ${registry} (pid ${child.pid})`);
    return body.token;
  });

  // The auth token lives in a user-level npmrc of our own (pnpm ignores ${ENV} tokens in a
  // repository's .npmrc). Only the publishing steps read it.
  const userNpmrc = path.join(tmp, "publisher.npmrc");
  const host = `//127.0.0.1:${registryPort}/`;
  writeFileSync(userNpmrc, `@nexod:registry=${registry}\n${host}:_authToken=${token}\n`);
  const publishEnv = childEnv({
    npm_config_userconfig: userNpmrc,
    NPM_CONFIG_USERCONFIG: userNpmrc,
  });

  // 4. A copy of the workspace that changesets may rewrite. It has no node_modules of its own
  // (and must never link the repository's: a pnpm install in the copy would relink it).
  const stage = path.join(tmp, "workspace");
  const versions = await phase("changeset version --snapshot", async () => {
    mkdirSync(stage);
    for (const file of ["package.json", "pnpm-workspace.yaml", ".nvmrc"]) {
      if (existsSync(path.join(repoRoot, file)))
        cpSync(path.join(repoRoot, file), path.join(stage, file));
    }
    // Not the repository's .npmrc: here the @nexod scope can only mean the local registry.
    writeFileSync(path.join(stage, ".npmrc"), `@nexod:registry=${registry}\n`);
    cpSync(path.join(repoRoot, ".changeset"), path.join(stage, ".changeset"), { recursive: true });
    const skip = new Set(["node_modules", ".turbo", ".next", "coverage", "storybook-static"]);
    for (const project of projects) {
      const from = path.join(repoRoot, project.dir);
      const to = path.join(stage, project.dir);
      if (publishable.includes(project)) {
        cpSync(from, to, { recursive: true, filter: (src) => !skip.has(path.basename(src)) });
      } else {
        // changesets and pnpm only need to know the other projects exist.
        mkdirSync(to, { recursive: true });
        cpSync(path.join(from, "package.json"), path.join(to, "package.json"));
      }
    }
    // changesets formats CHANGELOGs with `pnpm exec prettier`, and pnpm 12 first installs the
    // workspace when its node_modules is not up to date: in this copy that is a full install.
    // The copy's changelogs are thrown away, so skip formatting.
    const configPath = path.join(stage, ".changeset", "config.json");
    writeFileSync(configPath, JSON.stringify({ ...readJson(configPath), format: false }, null, 2));
    // Every published package gets a snapshot, whatever changesets are pending.
    writeFileSync(
      path.join(stage, ".changeset", "registry-proof.md"),
      `---\n${publishableNames.map((name) => `"${name}": patch`).join("\n")}\n---\n\nRegistry proof snapshot.\n`,
    );
    const gitEnv = childEnv({
      GIT_AUTHOR_NAME: "registry-proof",
      GIT_AUTHOR_EMAIL: "registry-proof@localhost",
      GIT_COMMITTER_NAME: "registry-proof",
      GIT_COMMITTER_EMAIL: "registry-proof@localhost",
    });
    const gitLog = path.join(logs, "git.log");
    await run("git", ["init", "-q", "-b", "main"], {
      cwd: stage,
      env: gitEnv,
      timeoutMs: 30_000,
      logFile: gitLog,
    });
    writeFileSync(path.join(stage, ".gitignore"), "node_modules\n");
    await run("git", ["add", "-A"], {
      cwd: stage,
      env: gitEnv,
      timeoutMs: 60_000,
      logFile: gitLog,
    });
    await run("git", ["-c", "commit.gpgsign=false", "commit", "-q", "-m", "registry proof"], {
      cwd: stage,
      env: gitEnv,
      timeoutMs: 60_000,
      logFile: gitLog,
    });
    await run(process.execPath, [changesetBin(), "version", "--snapshot", "proof"], {
      cwd: stage,
      env: publishEnv,
      timeoutMs: 120_000,
      logFile: path.join(logs, "changeset-version.log"),
    });
    const result = {};
    for (const project of publishable) {
      const manifest = readJson(path.join(stage, project.dir, "package.json"));
      if (!/^0\.0\.0-proof-/.test(manifest.version)) {
        throw new Error(
          `${manifest.name} got version ${manifest.version}, expected a 0.0.0-proof-… snapshot`,
        );
      }
      result[manifest.name] = manifest.version;
    }
    for (const [name, v] of Object.entries(result)) log(`  ${name}@${v}`);
    return result;
  });

  // 5. Publish with changesets (pnpm publish under the hood) to Verdaccio, and nowhere else.
  await phase("changeset publish", async () => {
    for (const project of publishable) {
      const target = project.manifest.publishConfig?.registry;
      if (target)
        throw new Error(`${project.manifest.name} sets publishConfig.registry (${target})`);
    }
    const configured = (
      await run("pnpm", ["config", "get", "@nexod:registry"], {
        cwd: path.join(stage, "packages"),
        env: publishEnv,
        timeoutMs: 60_000,
        capture: true,
      })
    ).trim();
    if (configured.replace(/\/?$/, "/") !== registry) {
      throw new Error(
        `@nexod:registry resolves to ${configured}, not ${registry}: refusing to publish`,
      );
    }
    const output = await run(process.execPath, [changesetBin(), "publish", "--tag", "proof"], {
      cwd: stage,
      env: publishEnv,
      timeoutMs: 5 * 60_000,
      logFile: path.join(logs, "changeset-publish.log"),
    });
    for (const [name, v] of Object.entries(versions)) {
      const res = await fetch(`${registry}${name.replace("/", "%2f")}`, {
        signal: AbortSignal.timeout(10_000),
      });
      const doc = res.ok ? await res.json() : null;
      const published = doc?.versions?.[v];
      if (!published || doc["dist-tags"]?.proof !== v) {
        throw new Error(`${name}@${v} is not on the registry under the proof tag\n${output}`);
      }
      const manifestText = JSON.stringify(published);
      if (/"(?:workspace|catalog):/.test(manifestText)) {
        throw new Error(
          `${name}@${v} was published with a workspace: or catalog: range: ${manifestText}`,
        );
      }
    }
    log(`  published ${Object.keys(versions).length} packages with the proof dist-tag`);
  });

  // 6. A fresh Next.js app outside the workspace.
  const app = path.join(tmp, "app");
  await phase("create app + pnpm install", async () => {
    writeApp(app, { registry, versions, version });
    await run("pnpm", ["install", "--no-frozen-lockfile", "--reporter=append-only"], {
      cwd: app,
      env: childEnv(),
      timeoutMs: 10 * 60_000,
      logFile: path.join(logs, "app-install.log"),
    });
    for (const name of [
      "@nexod/ui",
      "@nexod/tokens",
      "@nexod/eslint-config",
      "@nexod/typescript-config",
    ]) {
      const installed = readJson(path.join(app, "node_modules", name, "package.json")).version;
      if (installed !== versions[name])
        throw new Error(`${name}: installed ${installed}, expected ${versions[name]}`);
    }
    // 0.0.0-proof-… versions exist only on the local registry.
  });

  await phase("eslint .", async () => {
    const config = await run("pnpm", ["exec", "eslint", "--print-config", "app/page.tsx"], {
      cwd: app,
      env: childEnv(),
      timeoutMs: 3 * 60_000,
      logFile: path.join(logs, "eslint-print-config.log"),
      capture: true,
    });
    if (!config.includes("@next/next/no-img-element") || !config.includes("jsx-a11y/")) {
      throw new Error(
        "eslint.config.mjs does not apply @nexod/eslint-config/next (no Next.js or jsx-a11y rules)",
      );
    }
    await run("pnpm", ["exec", "eslint", ".", "--max-warnings=0"], {
      cwd: app,
      env: childEnv(),
      timeoutMs: 3 * 60_000,
      logFile: path.join(logs, "eslint.log"),
      echo: true,
    });
  });

  await phase("next build", () =>
    run("pnpm", ["exec", "next", "build"], {
      cwd: app,
      env: childEnv({ NODE_ENV: "production" }),
      timeoutMs: 10 * 60_000,
      logFile: path.join(logs, "next-build.log"),
    }),
  );

  const appPort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}/`;
  await phase("next start", async () => {
    const logFile = path.join(logs, "next-start.log");
    const child = startProcess(
      "next start",
      path.join(app, "node_modules/.bin/next"),
      ["start", "-H", "127.0.0.1", "-p", String(appPort)],
      {
        cwd: app,
        env: childEnv({ NODE_ENV: "production" }),
        logFile,
      },
    );
    await waitForHttp(appUrl, { timeoutMs: 60_000, child, name: "next start", logFile });
    log(`  app on ${appUrl} (pid ${child.pid})`);
  });

  await phase("chromium check", () => checkInChromium(playwrightCore, chromiumPath, appUrl));
}

// ---------------------------------------------------------------------------------------------

function changesetBin() {
  return createRequire(path.join(repoRoot, "package.json")).resolve("@changesets/cli/bin.js");
}

function resolvePlaywrightCore() {
  const bases = [
    repoRoot,
    ...globSync("packages/*/package.json", { cwd: repoRoot }).map((f) =>
      path.join(repoRoot, path.dirname(f)),
    ),
  ];
  for (const base of bases) {
    try {
      return createRequire(path.join(base, "package.json")).resolve("playwright-core");
    } catch {
      // next
    }
  }
  throw new Error("playwright-core not found in the workspace: run pnpm install");
}

async function installVerdaccio(logs) {
  const toolsDir =
    process.env.NEXOD_TOOLS_DIR || path.join(os.homedir(), ".cache", "nexod", "tools");
  const dir = path.join(toolsDir, `verdaccio-${VERDACCIO_VERSION}`);
  const bin = path.join(dir, "node_modules", "verdaccio", "bin", "verdaccio");
  if (existsSync(bin) && existsSync(path.join(dir, ".complete"))) {
    log(`  cached in ${dir}`);
    return bin;
  }
  mkdirSync(toolsDir, { recursive: true });
  const staging = mkdtempSync(path.join(toolsDir, `.verdaccio-${VERDACCIO_VERSION}-`));
  cleanups.push(() => rmSync(staging, { recursive: true, force: true }));
  // verdaccio-audit asks for node-fetch's `cjs` dist-tag, which the registry mirror lacks.
  writeFileSync(
    path.join(staging, "package.json"),
    JSON.stringify(
      {
        private: true,
        dependencies: { verdaccio: VERDACCIO_VERSION },
        overrides: { "verdaccio-audit": { "node-fetch": "2.7.0" } },
      },
      null,
      2,
    ),
  );
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--ignore-scripts"], {
    cwd: staging,
    env: childEnv(),
    timeoutMs: 5 * 60_000,
    logFile: path.join(logs, "verdaccio-install.log"),
  });
  writeFileSync(path.join(staging, ".complete"), new Date().toISOString());
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  log(`  installed into ${dir}`);
  return bin;
}

function writeApp(app, { registry, versions, version }) {
  const files = {
    ".npmrc": `@nexod:registry=${registry}\n`,
    // pnpm 12 fails an install on unapproved build scripts: approve what the workspace approves.
    "pnpm-workspace.yaml": `allowBuilds:\n${Object.entries(yamlBlock("allowBuilds"))
      .map(([name, value]) => `  "${name}": ${value}`)
      .join("\n")}\n`,
    "package.json": JSON.stringify(
      {
        name: "nexod-registry-proof-app",
        version: "0.0.0",
        private: true,
        type: "module",
        scripts: { build: "next build", start: "next start", lint: "eslint ." },
        dependencies: {
          "@nexod/tokens": versions["@nexod/tokens"],
          "@nexod/ui": versions["@nexod/ui"],
          next: version("next", "16.4.6"),
          react: version("react", "19.3.1"),
          "react-dom": version("react-dom", "19.3.1"),
        },
        // typescript and the types are there before the first `next build` (a build that has
        // to install them itself fails once).
        devDependencies: {
          "@nexod/eslint-config": versions["@nexod/eslint-config"],
          "@nexod/typescript-config": versions["@nexod/typescript-config"],
          "@tailwindcss/postcss": version("@tailwindcss/postcss", "4.3.5"),
          "@types/node": version("@types/node", "24.19.2"),
          "@types/react": version("@types/react", "19.3.0"),
          "@types/react-dom": version("@types/react-dom", "19.3.0"),
          eslint: version("eslint", "9.39.5"),
          tailwindcss: version("tailwindcss", "4.3.5"),
          typescript: version("typescript", "6.0.3"),
        },
      },
      null,
      2,
    ),
    "tsconfig.json": JSON.stringify(
      {
        extends: "@nexod/typescript-config/nextjs.json",
        compilerOptions: { plugins: [{ name: "next" }] },
        include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
        exclude: ["node_modules"],
      },
      null,
      2,
    ),
    "postcss.config.mjs": `export default { plugins: { "@tailwindcss/postcss": {} } };\n`,
    "eslint.config.mjs": `import next from "@nexod/eslint-config/next";\n\nexport default [...next];\n`,
    "app/globals.css": `@import "tailwindcss";\n@import "@nexod/tokens/theme.css";\n`,
    "app/layout.tsx": `import "@nexod/ui/styles.css";
import "./globals.css";
import type { ReactNode } from "react";

export const metadata = { title: "Nexod registry proof" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
    "app/page.tsx": `import { cssVar, tokens } from "@nexod/tokens";
import { Button } from "@nexod/ui";
import { Badge } from "@nexod/ui/badge";

export default function Home() {
  return (
    <main className="bg-background p-8 text-foreground">
      <h1 className="text-2xl font-semibold">Nexod from the registry</h1>
      <p style={{ color: cssVar("color.primary") }} data-token={tokens["color.primary"].cssVar}>
        Token colour
      </p>
      <Badge>proof</Badge>
      <Button id="proof-button">Publish proof</Button>
    </main>
  );
}
`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
    writeFileSync(path.join(app, file), text);
  }
}

async function checkInChromium(playwrightCorePath, executablePath, url) {
  const { chromium } = createRequire(import.meta.url)(playwrightCorePath);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: chromiumArgs,
    timeout: 60_000,
  });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      // Failed requests are reported by the response listener below, with their URL.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        pageErrors.push(message.text());
      }
    });
    page.on("response", (response) => {
      const { pathname } = new URL(response.url());
      if (response.status() >= 400 && pathname !== "/favicon.ico") {
        pageErrors.push(`HTTP ${response.status()} for ${response.url()}`);
      }
    });
    page.setDefaultTimeout(30_000);
    await page.goto(url, { waitUntil: "networkidle", timeout: 60_000 });
    await page.mouse.move(0, 0);
    const button = page.locator("#proof-button");
    await button.waitFor({ state: "visible" });
    const styles = await button.evaluate((element) => {
      const probe = document.createElement("div");
      probe.style.backgroundColor = "var(--nx-color-primary)";
      document.body.append(probe);
      const expected = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const computed = getComputedStyle(element);
      return {
        background: computed.backgroundColor,
        expected,
        primaryVariable: getComputedStyle(document.documentElement)
          .getPropertyValue("--nx-color-primary")
          .trim(),
        paddingLeft: computed.paddingLeft,
        paddingRight: computed.paddingRight,
        slot: element.getAttribute("data-slot"),
        text: element.textContent,
      };
    });
    log(`  button: ${JSON.stringify(styles)}`);
    const transparent = (value) =>
      value === "transparent" || /rgba\(0, 0, 0, 0\)/.test(value) || value === "";
    const problems = [];
    if (styles.slot !== "button") problems.push(`data-slot is ${styles.slot}, expected "button"`);
    if (!styles.primaryVariable) problems.push("--nx-color-primary is not defined on :root");
    if (transparent(styles.background))
      problems.push(`the button background is transparent (${styles.background})`);
    if (styles.background !== styles.expected) {
      problems.push(
        `background ${styles.background} differs from var(--nx-color-primary) = ${styles.expected}`,
      );
    }
    if (styles.paddingLeft !== "16px" || styles.paddingRight !== "16px") {
      problems.push(`padding is ${styles.paddingLeft} / ${styles.paddingRight}, expected 16px`);
    }
    await page.waitForTimeout(300); // let hydration report its errors
    if (pageErrors.length > 0) problems.push(`errors in the page:\n  ${pageErrors.join("\n  ")}`);
    if (problems.length > 0) throw new Error(`Chromium check failed:\n- ${problems.join("\n- ")}`);
    log(
      "  the Button renders with token styles (background = var(--nx-color-primary), padding 16px)",
    );
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------

let ok = false;
try {
  await main();
  ok = true;
} catch (error) {
  if (!interrupted) {
    console.error(
      `\nregistry-proof: ${failedPhase ? `phase "${failedPhase}" failed: ` : ""}${error.message}`,
    );
  }
} finally {
  await cleanup();
  if (!interrupted) {
    printTimings(ok);
    process.exitCode = ok ? 0 : 1;
  }
}
