// @vitest-environment node
// The built package keeps each file's "use client" directive (bundlers strip them and no
// anchor library checks this), and server components reach no client module but Nexod's own.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const packageRoot = path.resolve(import.meta.dirname, "..");
const componentsSource = path.join(packageRoot, "src/components");
const componentsDist = path.join(packageRoot, "dist/components");
const startsWithUseClient = (file: string) =>
  /^\s*["']use client["']/.test(readFileSync(file, "utf8"));

const componentFolders = readdirSync(componentsSource, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// Server components are the folders whose main file has no "use client" directive.
const serverComponents = componentFolders.filter(
  (name) => !startsWithUseClient(path.join(componentsSource, name, `${name}.tsx`)),
);

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

  it("keeps the entry points directive-free so server code can import them", () => {
    expect(startsWithUseClient(path.join(packageRoot, "dist/index.js"))).toBe(false);
    for (const name of componentFolders) {
      expect(startsWithUseClient(path.join(componentsDist, name, "index.js"))).toBe(false);
    }
    expect(startsWithUseClient(path.join(componentsDist, "data-table/virtual.js"))).toBe(false);
  });

  // Virtual rows are opt-in at the import: a table that does not virtualise must not bundle
  // TanStack Virtual (~10.6 kB gzip), which is what @nexod/ui/data-table/virtual is for.
  it("keeps TanStack Virtual out of @nexod/ui/data-table and in @nexod/ui/data-table/virtual", () => {
    const packagesReached = (entry: string) => {
      const seen = new Set<string>();
      const packages = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const specifier of importsOf(file)) {
          if (specifier.startsWith(".")) visit(resolveImport(file, specifier));
          else packages.add(specifier);
        }
      };
      visit(path.join(componentsDist, entry));
      return [...packages];
    };
    const table = packagesReached("data-table/index.js");
    expect(table).toContain("@tanstack/react-table");
    expect(table.filter((specifier) => specifier.includes("virtual"))).toEqual([]);
    expect(packagesReached("data-table/virtual.js")).toContain("@tanstack/react-virtual");
  });

  // A server component may render another Nexod component that is a client module (Field renders
  // Label): that part becomes a client island. Any other client module would turn the server
  // component's own code into client JavaScript.
  it.each(serverComponents)("%s imports no client module but Nexod's own components", (name) => {
    const built = path.join(componentsDist, name, `${name}.js`);
    for (const specifier of importsOf(built)) {
      const resolved = resolveImport(built, specifier);
      const nexodComponent = resolved.startsWith(`${componentsDist}${path.sep}`);
      expect(
        startsWithUseClient(resolved) && !nexodComponent,
        `${name} imports client module ${specifier}`,
      ).toBe(false);
    }
  });
});
