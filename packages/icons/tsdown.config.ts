import { defineConfig } from "tsdown";

export default defineConfig([
  {
    // The components: one output file per icon, so a product bundles only the icons it imports.
    entry: ["src/index.ts"],
    format: "esm",
    platform: "neutral",
    dts: true,
    sourcemap: true,
    unbundle: true,
  },
  {
    // The `nexod-icons` CLI, with SVGO bundled in: products that install @nexod/icons get no
    // runtime dependency besides React. The components never import it.
    entry: { cli: "tools/cli.ts" },
    outDir: "dist/cli",
    format: "esm",
    platform: "node",
    target: "node18.17",
    dts: false,
    clean: false,
    // @nexod/figma-rest is private (the Figma client shared with nexod-tokens): bundled too.
    deps: { alwaysBundle: ["svgo", "@nexod/figma-rest"] },
    // SVGO is most of it: minified, the CLI is 0.58 MB instead of 0.97 MB in the tarball.
    minify: true,
    // package.json has "type": "module": plain .js is ESM and matches the "bin" path.
    fixedExtension: false,
  },
]);
