import { spawnSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// Checks of what `build` produced (turbo runs the build before the tests).
const packageDir = path.resolve(import.meta.dirname, "..");
const dist = path.join(packageDir, "dist");
const manifest = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  sideEffects?: boolean;
  bin?: Record<string, string>;
};

async function componentFiles(): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true });
  return entries.filter((file) => file.endsWith(".js") && !file.startsWith("cli")).sort();
}

describe("the published components", () => {
  it("have no runtime dependency besides the react peer", () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(["react"]);
    expect(manifest.sideEffects).toBe(false);
  });

  it("are server components: no directive, no hooks, only React and each other imported", async () => {
    const files = await componentFiles();
    expect(files.length).toBeGreaterThan(80);
    for (const file of files) {
      const text = await readFile(path.join(dist, file), "utf8");
      expect(text, file).not.toMatch(/["']use client["']/);
      expect(text, file).not.toMatch(/\buse(State|Effect|LayoutEffect|Context|Ref)\b/);
      for (const [, specifier] of text.matchAll(/\bfrom\s+"([^"]+)"/g)) {
        expect(specifier, file).toMatch(/^(react|react\/jsx-runtime|\.{1,2}\/.*\.js)$/);
      }
    }
  });

  it("bundle only the icons a product imports", async () => {
    const result = await build({
      stdin: {
        contents: `export { SearchIcon } from "./dist/index.js";`,
        resolveDir: packageDir,
      },
      bundle: true,
      format: "esm",
      minify: true,
      write: false,
      external: ["react", "react/jsx-runtime"],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain("m21 21-4.34-4.34");
    expect(code).not.toContain("M5 12h14"); // PlusIcon's path
    expect(code.length).toBeLessThan(1200);
  });
});

describe("the nexod-icons CLI", () => {
  it("runs from dist with SVGO bundled in", () => {
    const cli = path.join(packageDir, manifest.bin!["nexod-icons"]!);
    const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("nexod-icons <command>");
    const tidy = spawnSync(process.execPath, [cli, "tidy", "--check"], {
      cwd: packageDir,
      encoding: "utf8",
    });
    expect(tidy.stderr).toBe("");
    expect(tidy.stdout).toContain("svg/ is up to date");
    expect(tidy.status).toBe(0);
  });
});
