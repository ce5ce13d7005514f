// @vitest-environment node
// The built package keeps each file's "use client" directive (bundlers strip them and no
// anchor library checks this), and server components never reach a client module.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const packageRoot = path.resolve(import.meta.dirname, "..");
const componentsSource = path.join(packageRoot, "src/components");
const componentsDist = path.join(packageRoot, "dist/components");
// Server components: no "use client". All but Field also pull in no client module, so they
// ship no client JavaScript; Field renders the (client) Label.
const serverComponents = ["badge", "card", "field", "input", "separator", "skeleton", "textarea"];
const withoutClientJs = serverComponents.filter((name) => name !== "field");

const startsWithUseClient = (file: string) =>
  /^\s*["']use client["']/.test(readFileSync(file, "utf8"));

const componentFolders = readdirSync(componentsSource, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function importsOf(file: string) {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^"']*?from\s*["']([^"']+)["']/g)].map(
    (match) => match[1]!,
  );
}

/** Files a dist module imports, resolved the way Node (and so a server bundle) would. */
function resolveImport(fromFile: string, specifier: string) {
  if (specifier.startsWith(".")) return path.resolve(path.dirname(fromFile), specifier);
  return createRequire(fromFile).resolve(specifier);
}

describe("dist", () => {
  it("was built", () => {
    expect(existsSync(componentsDist), "run `pnpm --filter @nexod/ui build` first").toBe(true);
  });

  it.each(componentFolders)("%s keeps its source file's directive", (name) => {
    const source = path.join(componentsSource, name, `${name}.tsx`);
    const built = path.join(componentsDist, name, `${name}.js`);
    expect(startsWithUseClient(built)).toBe(startsWithUseClient(source));
  });

  it.each(componentFolders)("%s is a client module unless it is server-safe", (name) => {
    const built = path.join(componentsDist, name, `${name}.js`);
    expect(startsWithUseClient(built)).toBe(!serverComponents.includes(name));
  });

  it("keeps the entry points directive-free so server code can import them", () => {
    expect(startsWithUseClient(path.join(packageRoot, "dist/index.js"))).toBe(false);
    for (const name of componentFolders) {
      expect(startsWithUseClient(path.join(componentsDist, name, "index.js"))).toBe(false);
    }
  });

  it.each(withoutClientJs)("%s imports no client module", (name) => {
    const built = path.join(componentsDist, name, `${name}.js`);
    for (const specifier of importsOf(built)) {
      const resolved = resolveImport(built, specifier);
      expect(startsWithUseClient(resolved), `${name} imports client module ${specifier}`).toBe(
        false,
      );
    }
  });
});
