// The private registry: Verdaccio installed once into a cache outside the repository, started on
// 127.0.0.1 with no uplinks, so @nexod/* exists only there.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { log } from "./phases.mjs";
import { childEnv, onCleanup, run, startProcess, waitForHttp } from "./processes.mjs";

const VERDACCIO_VERSION = "6.10.4";

/** Path of the verdaccio bin, installed into NEXOD_TOOLS_DIR unless a complete install is there. */
export async function installVerdaccio(logs) {
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
  onCleanup(() => rmSync(staging, { recursive: true, force: true }));
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

/**
 * Start Verdaccio on `registryPort` with its storage in `dir` and create a user; returns that
 * user's auth token.
 */
export async function startVerdaccio({ bin, dir, logs, registryPort, registry }) {
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
    [bin, "--config", path.join(dir, "config.yaml")],
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
}
