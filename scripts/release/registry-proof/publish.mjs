// Publishing with changesets: snapshot versions written in a temporary copy of the workspace, so
// the working tree is never touched, then `changeset publish` to the local registry only.
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { log } from "./phases.mjs";
import { childEnv, run } from "./processes.mjs";
import { readJson, repoRoot } from "./workspace.mjs";

function changesetBin() {
  return createRequire(path.join(repoRoot, "package.json")).resolve("@changesets/cli/bin.js");
}

/** Environment for the publishing steps, with the registry's auth token. */
export function publisherEnv({ tmp, registryPort, registry, token }) {
  // The auth token lives in a user-level npmrc of our own (pnpm ignores ${ENV} tokens in a
  // repository's .npmrc). Only the publishing steps read it.
  const userNpmrc = path.join(tmp, "publisher.npmrc");
  const host = `//127.0.0.1:${registryPort}/`;
  writeFileSync(userNpmrc, `@nexod:registry=${registry}\n${host}:_authToken=${token}\n`);
  return childEnv({
    npm_config_userconfig: userNpmrc,
    NPM_CONFIG_USERCONFIG: userNpmrc,
  });
}

/**
 * Copy the workspace into `stage` and run `changeset version --snapshot proof` there; returns
 * the snapshot version of every publishable package by name.
 */
export async function snapshotVersions({ stage, logs, registry, projects, publishable, env }) {
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
    `---\n${publishable.map((p) => `"${p.manifest.name}": patch`).join("\n")}\n---\n\nRegistry proof snapshot.\n`,
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
    env,
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
}

/** `changeset publish --tag proof` from `stage`, refusing any registry but `registry`. */
export async function publishSnapshots({ stage, logs, registry, publishable, versions, env }) {
  for (const project of publishable) {
    const target = project.manifest.publishConfig?.registry;
    if (target) throw new Error(`${project.manifest.name} sets publishConfig.registry (${target})`);
  }
  const configured = (
    await run("pnpm", ["config", "get", "@nexod:registry"], {
      cwd: path.join(stage, "packages"),
      env,
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
    env,
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
}
