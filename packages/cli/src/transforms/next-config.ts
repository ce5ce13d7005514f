import { changed, type TransformResult } from "./result";

/**
 * Next 14 compiles every module a barrel re-exports unless told otherwise; with
 * `optimizePackageImports` an `import { Button } from "@nexod/ui"` costs what Button costs.
 * Next 15+ needs nothing here.
 */
export function nexodNextConfig(source: string, { file }: { file: string }): TransformResult {
  if (source.includes("optimizePackageImports")) {
    return source.includes("@nexod/ui")
      ? { kind: "unchanged" }
      : {
          kind: "manual",
          step: `${file}: add "@nexod/ui" and "@nexod/icons" to experimental.optimizePackageImports.`,
        };
  }
  const object =
    /(?:const\s+nextConfig\s*(?::\s*[\w.]+)?\s*=|module\.exports\s*=|export\s+default)\s*\{/.exec(
      source,
    );
  if (!object)
    return {
      kind: "manual",
      step: `${file}: add experimental: { optimizePackageImports: ["@nexod/ui", "@nexod/icons"] } to the config.`,
    };
  const at = object.index + object[0].length;
  const rest = source.slice(at);
  const empty = /^\s*\}/.test(rest);
  const entry = `\n  experimental: { optimizePackageImports: ["@nexod/ui", "@nexod/icons"] },${empty ? "\n" : ""}`;
  return changed(
    source,
    `${source.slice(0, at)}${entry}${empty ? rest.replace(/^\s*/, "") : rest}`,
  );
}
