#!/usr/bin/env node
// Times `nexod-tokens build` on the shipped token set and on a generated set of 5,000 tokens
// (2,500 colours + 500 dimensions + 2,000 semantic aliases with Light and Dark values).
// Run after building the package: `pnpm --filter @nexod/tokens build && node bench/tokens/build.mjs`.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("../../packages/tokens/", import.meta.url));
const cli = path.join(packageDir, "dist", "cli.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`pnpm --filter @nexod/tokens build\` first.`);
  process.exit(1);
}

const hex = (n) => `#${(n & 0xffffff).toString(16).padStart(6, "0")}`;
const px = (value) => ({ value, unit: "px" });

/** 25 palettes × 100 steps, 500 sizes, 2,000 semantic colours aliasing the palettes per mode. */
async function writeGeneratedSet(dir) {
  await mkdir(dir, { recursive: true });
  const color = {};
  for (let p = 0; p < 25; p++) {
    color[`palette-${p}`] = {};
    for (let s = 0; s < 100; s++) {
      color[`palette-${p}`][s] = { $type: "color", $value: hex(p * 658_123 + s * 40_503) };
    }
  }
  const size = {};
  for (let i = 0; i < 500; i++) size[i] = { $type: "dimension", $value: px(i * 2) };
  const primitives = {
    $extensions: { "com.figma": { collection: "Primitives", mode: "Value" } },
    color,
    size,
  };
  const semantic = (mode, offset) => {
    const role = {};
    for (let i = 0; i < 2000; i++) {
      role[`role-${i}`] = {
        $type: "color",
        $value: `{color.palette-${(i + offset) % 25}.${i % 100}}`,
      };
    }
    const meta = { collection: "Semantic", mode, ...(offset === 0 ? { defaultMode: true } : {}) };
    return { $extensions: { "com.figma": meta }, semantic: role };
  };
  await writeFile(path.join(dir, "primitives.json"), JSON.stringify(primitives));
  await writeFile(path.join(dir, "semantic.light.json"), JSON.stringify(semantic("Light", 0)));
  await writeFile(path.join(dir, "semantic.dark.json"), JSON.stringify(semantic("Dark", 7)));
}

/** Runs the CLI `RUNS` times; returns process wall times and the build times the CLI reports. */
async function time(tokensDir, outDir) {
  const wall = [];
  const inProcess = [];
  let tokens = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const { stdout } = await run(process.execPath, [
      cli,
      "build",
      "--tokens-dir",
      tokensDir,
      "--out-dir",
      outDir,
    ]);
    wall.push(performance.now() - started);
    inProcess.push(Number(/in (\d+) ms/.exec(stdout)?.[1]));
    tokens = Number(/Built (\d+) tokens/.exec(stdout)?.[1]);
  }
  return { wall, inProcess, tokens };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;

const scratch = await mkdtemp(path.join(tmpdir(), "nexod-tokens-bench-"));
try {
  const generated = path.join(scratch, "generated");
  await writeGeneratedSet(generated);
  const sets = [
    ["shipped set (packages/tokens/tokens)", path.join(packageDir, "tokens")],
    ["generated 5,000-token set", generated],
  ];
  console.log(`nexod-tokens build, ${RUNS} runs each, Node ${process.version}\n`);
  for (const [name, tokensDir] of sets) {
    const { wall, inProcess, tokens } = await time(tokensDir, path.join(scratch, "dist"));
    console.log(`${name}: ${tokens} tokens (per mode)`);
    console.log(
      `  build (check + Style Dictionary + formats + write): median ${ms(median(inProcess))}, min ${ms(Math.min(...inProcess))}`,
    );
    console.log(
      `  whole command incl. Node start-up:                  median ${ms(median(wall))}, min ${ms(Math.min(...wall))}`,
    );
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
