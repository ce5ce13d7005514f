// Runs after `storybook build`: writes components.json and llms.txt into the static site.
//   node scripts/build-manifest.ts [outDir]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildManifest, renderLlmsTxt } from "./manifest.ts";

const appRoot = path.resolve(import.meta.dirname, "..");
const outDir = path.resolve(appRoot, process.argv[2] ?? "storybook-static");
const uiRoot = path.resolve(appRoot, "../../packages/ui");

const started = performance.now();
const manifest = buildManifest({ uiRoot });
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, "components.json"), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(path.join(outDir, "llms.txt"), renderLlmsTxt(manifest));
console.log(
  `manifest: ${manifest.components.length} components → ${path.relative(appRoot, outDir)}/components.json, llms.txt (${Math.round(performance.now() - started)} ms)`,
);
