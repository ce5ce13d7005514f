import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/cli.ts"],
  format: "esm",
  platform: "node",
  // Products run `npx @nexod/cli` on whatever Node their Next.js supports (14: 18.17+).
  target: "node18.17",
  dts: false,
  sourcemap: true,
  fixedExtension: false,
});
