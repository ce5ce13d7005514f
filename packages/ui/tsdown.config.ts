import { defineConfig } from "tsdown";
import { extraEntries, readComponents } from "./scripts/components.mjs";

// A folder's further entry points (meta.ts `entries`, e.g. src/components/data-table/virtual.ts).
const extra = (await readComponents()).flatMap(({ folder, meta }) =>
  extraEntries(folder, meta).map(({ source }) => source),
);

export default defineConfig({
  entry: ["src/index.ts", "src/components/*/index.ts", ...extra],
  format: "esm",
  platform: "neutral",
  dts: true,
  sourcemap: true,
  // One output file per source module: each file keeps its own "use client" directive and
  // products tree-shake per component.
  unbundle: true,
  inputOptions: {
    onLog(level, log, defaultHandler) {
      // Radix and our client files start with "use client"; unbundled output keeps it per file.
      if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
      defaultHandler(level, log);
    },
  },
});
