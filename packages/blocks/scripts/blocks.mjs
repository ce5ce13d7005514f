// The block registry read from src/: used by this package's tests and by @nexod/cli's build,
// which copies the same files into the CLI so `nexod add <block>` works offline.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Files of a block folder that a product receives: not stories, tests or the manifest. */
export function blockSources(files) {
  return files.filter(
    (file) => /\.(tsx?|css)$/.test(file) && !/\.(stories|test)\.tsx?$/.test(file),
  );
}

/** The npm package a bare import specifier belongs to (`@scope/name/x` → `@scope/name`). */
function packageOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/**
 * Every block under `srcDir`: `{ name, title, description, files, imports, packages }`, where
 * `packages` are the npm packages its sources import (what `nexod add` installs if missing).
 */
export function readBlocks(srcDir) {
  return readdirSync(srcDir)
    .filter((name) => statSync(path.join(srcDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = path.join(srcDir, name);
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(path.join(dir, "block.json"), "utf8"));
      } catch (error) {
        throw new Error(`blocks/${name}/block.json: ${error.message}`);
      }
      const files = blockSources(readdirSync(dir));
      const imports = files.flatMap((file) =>
        [
          ...readFileSync(path.join(dir, file), "utf8").matchAll(/(?:from|import)\s+"([^"]+)"/g),
        ].map((match) => ({ file, specifier: match[1] })),
      );
      const packages = [
        ...new Set(
          imports.filter((i) => !i.specifier.startsWith(".")).map((i) => packageOf(i.specifier)),
        ),
      ].sort();
      return {
        name,
        title: manifest.title,
        description: manifest.description,
        files,
        imports,
        packages,
        packageOf,
      };
    });
}
