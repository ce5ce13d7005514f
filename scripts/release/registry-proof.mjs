#!/usr/bin/env node
// Proof against a real registry: publish the workspace packages with changesets to a private
// Verdaccio on 127.0.0.1, install them into a fresh Next.js 16 app outside the workspace, lint
// it with @nexod/eslint-config/next, build it, start it and check in Chromium that a Button
// renders with token styles and an icon from @nexod/icons renders without client JavaScript.
//
//   node scripts/release/registry-proof.mjs [--skip-build] [--skip-init] [--keep]
//
// Then (init-apps.mjs, unless --skip-init) `npx @nexod/cli init --yes` in fresh create-next-app
// 14 and 16 apps: lint, build, start and dev, checked in Chromium.
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
//
// The steps live in registry-proof/: verdaccio.mjs, publish.mjs, consumer-app.mjs and
// chromium-check.mjs, on top of processes.mjs (children and cleanup) and phases.mjs (timings).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { chromiumExecutablePath } from "@nexod/testing/chromium";
import { checkInChromium } from "./registry-proof/chromium-check.mjs";
import { buildApp, createApp, lintApp, startApp } from "./registry-proof/consumer-app.mjs";
import { proveInit } from "./registry-proof/init-apps.mjs";
import { firstFailedPhase, log, phase, printTimings } from "./registry-proof/phases.mjs";
import { cleanup, freePort, onCleanup, run } from "./registry-proof/processes.mjs";
import { publisherEnv, publishSnapshots, snapshotVersions } from "./registry-proof/publish.mjs";
import { installVerdaccio, startVerdaccio } from "./registry-proof/verdaccio.mjs";
import { repoRoot, workspaceProjects, yamlBlock } from "./registry-proof/workspace.mjs";

const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (!["--skip-build", "--skip-init", "--keep", "--help", "-h"].includes(arg)) {
    console.error(`registry-proof: unknown argument ${arg}`);
    process.exit(2);
  }
}
if (args.has("--help") || args.has("-h")) {
  console.log(
    "usage: node scripts/release/registry-proof.mjs [--skip-build] [--skip-init] [--keep]",
  );
  process.exit(0);
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

async function main() {
  const catalog = yamlBlock("catalog");
  const version = (name, fallback) => catalog[name] ?? fallback;
  const projects = workspaceProjects();
  const publishable = projects.filter((p) => !p.manifest.private && p.dir.startsWith("packages/"));
  const publishableNames = publishable.map((p) => p.manifest.name);
  for (const required of ["@nexod/ui", "@nexod/icons", "@nexod/tokens", "@nexod/eslint-config"]) {
    if (!publishableNames.includes(required))
      throw new Error(`${required} is not a published workspace package`);
  }
  chromiumExecutablePath(); // fail before the slow phases when Chromium is missing

  const tmpParent = process.env.REGISTRY_PROOF_TMP || os.tmpdir();
  const tmp = mkdtempSync(path.join(tmpParent, "nexod-registry-proof-"));
  if (!path.relative(repoRoot, tmp).startsWith(".."))
    throw new Error(`temporary directory ${tmp} is inside the repository`);
  onCleanup(() => {
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
  const token = await phase("start verdaccio", () =>
    startVerdaccio({
      bin: verdaccioBin,
      dir: path.join(tmp, "verdaccio"),
      logs,
      registryPort,
      registry,
    }),
  );
  const publishEnv = publisherEnv({ tmp, registryPort, registry, token });

  // 4. A copy of the workspace that changesets may rewrite. It has no node_modules of its own
  // (and must never link the repository's: a pnpm install in the copy would relink it).
  const stage = path.join(tmp, "workspace");
  const versions = await phase("changeset version --snapshot", () =>
    snapshotVersions({ stage, logs, registry, projects, publishable, env: publishEnv }),
  );

  // 5. Publish with changesets (pnpm publish under the hood) to Verdaccio, and nowhere else.
  await phase("changeset publish", () =>
    publishSnapshots({ stage, logs, registry, publishable, versions, env: publishEnv }),
  );

  // 6. A fresh Next.js app outside the workspace.
  const app = path.join(tmp, "app");
  await phase("create app + pnpm install", () =>
    createApp(app, { logs, registry, versions, version }),
  );
  await phase("eslint .", () => lintApp(app, logs));
  await phase("next build", () => buildApp(app, logs));

  const appPort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}/`;
  await phase("next start", () => startApp(app, { logs, port: appPort, url: appUrl }));

  await phase("chromium check", () => checkInChromium(appUrl));

  // 7. `npx @nexod/cli init` in fresh create-next-app 14 and 16 apps (init-apps.mjs).
  if (!args.has("--skip-init")) {
    for (const major of [14, 16]) await proveInit(major, { tmp, logs, registry });
  }
}

let ok = false;
try {
  await main();
  ok = true;
} catch (error) {
  if (!interrupted) {
    const failedPhase = firstFailedPhase();
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
