// JS bundle sizes: esbuild, browser, ESM, minified, production, React external. The entry is
// a stdin module re-exporting the names, so tree-shaking is what a product gets.
import * as esbuild from "esbuild";
import { COMMON_SET, q } from "./candidates.mjs";
import { common } from "./esbuild.mjs";
import { attempt, benchDir, sizes } from "./util.mjs";

/**
 * Bundles `code`; returns sizes and the bytes each package contributes (from the metafile).
 * `options` adds esbuild options (data.mjs: `nodePaths`, `plugins`).
 */
export async function bundle(code, options = {}) {
  const result = await esbuild.build({
    ...common,
    ...options,
    stdin: { contents: code, resolveDir: benchDir, loader: "js", sourcefile: "entry.js" },
    platform: "browser",
    write: false,
    metafile: true,
    outfile: "out/entry.js",
  });
  const js = result.outputFiles.find((f) => f.path.endsWith(".js"));
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined);
  const byPackage = {};
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    if (bytesInOutput === 0) continue;
    const pkg = packageOf(input);
    byPackage[pkg] = (byPackage[pkg] ?? 0) + bytesInOutput;
  }
  return { ...sizes(js.contents), byPackage };
}

/** "node_modules/.pnpm/x/node_modules/@radix-ui/react-slot/dist/…" → "@radix-ui/react-slot". */
export function packageOf(input) {
  const i = input.lastIndexOf("node_modules/");
  if (i >= 0) {
    const parts = input.slice(i + "node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (input.includes("packages/ui/")) return "@nexod/ui";
  if (input.includes("fixtures/")) return "bench fixture";
  return input;
}

/** Button and common-set bundles for every candidate. */
export async function measureBundles(list) {
  const out = {};
  for (const c of list) {
    if (c.error) {
      out[c.key] = { button: { error: c.error }, set: { error: c.error } };
      continue;
    }
    out[c.key] = {
      button: c.button ? await attempt(() => bundle(c.button)) : null,
      set: c.set ? await attempt(() => bundle(c.set)) : null,
    };
  }
  // A Radix Themes product also renders <Theme>; how much that adds to the Button.
  out["radix-themes"].buttonWithTheme = await attempt(() =>
    bundle(`export { Button, Theme } from "@radix-ui/themes";`),
  );
  return out;
}

/**
 * Whether importing one part of a component drops the others: `{ Dialog }` alone against all
 * of the Dialog parts in the common set, from the same module. Only the multi-part components.
 */
export async function measureTreeShaking(list) {
  const out = {};
  for (const [component, names] of Object.entries(COMMON_SET)) {
    if (names.length < 2) continue;
    out[component] = {};
    for (const c of list) {
      const file = c.modules?.[component];
      if (!file) continue;
      out[component][c.key] = {
        first: await attempt(() => bundle(`export { ${names[0]} } from ${q(file)};`)),
        all: await attempt(() => bundle(`export { ${names.join(", ")} } from ${q(file)};`)),
      };
    }
  }
  return out;
}
