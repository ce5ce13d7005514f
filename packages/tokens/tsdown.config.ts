import { defineConfig } from "tsdown";

export default defineConfig({
  // The CLI is the only compiled entry; `build` then writes the token outputs into dist/.
  entry: ["src/cli.ts"],
  format: "esm",
  platform: "node",
  dts: false,
  sourcemap: true,
  // package.json has "type": "module": plain .js is ESM and matches the "bin" path.
  fixedExtension: false,
});
