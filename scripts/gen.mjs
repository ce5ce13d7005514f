// `pnpm gen component <name>` → `turbo gen component --args <name>`; with no name, turbo
// asks for it.
import { spawnSync } from "node:child_process";

const [generator, ...answers] = process.argv.slice(2);
const args = ["gen", ...(generator ? [generator] : [])];
if (answers.length > 0) args.push("--args", ...answers);
const result = spawnSync("turbo", args, { stdio: "inherit" });
process.exit(result.status ?? 1);
