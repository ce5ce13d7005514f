import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/components/*/index.ts"],
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
