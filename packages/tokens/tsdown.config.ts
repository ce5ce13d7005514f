import { defineConfig } from "tsdown";

export default defineConfig({
  // The CLI is the only compiled entry; `build` then writes the token outputs into dist/.
  entry: ["src/cli.ts"],
  format: "esm",
  platform: "node",
  dts: false,
  sourcemap: true,
  // The Figma client and CLI runner are a private workspace package: bundled, never a dependency.
  deps: { alwaysBundle: ["@nexod/figma-rest"] },
  // package.json has "type": "module": plain .js is ESM and matches the "bin" path.
  fixedExtension: false,
});
