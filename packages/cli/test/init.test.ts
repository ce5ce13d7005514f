import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { app, FIXTURES, nexod, read, tempDir } from "./helpers";

describe("nexod init in create-next-app 14 (Tailwind 3, ESLint 8, TS)", () => {
  it("sets up the app, and a second run changes nothing", async () => {
    const dir = await app("next14");
    const first = await nexod(["init", "--yes", "--no-install", "--cwd", dir]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      "Next.js 14, App Router (app/), Tailwind 3, TypeScript, CommonJS, ESLint 8, npm",
    );

    const css = await read(dir, "app/globals.css");
    // Order-proof: Nexod's unlayered CSS first, the product's Tailwind after it.
    expect(css.indexOf('@import "@nexod/ui/styles.unlayered.css";')).toBeLessThan(
      css.indexOf("@tailwind base;"),
    );
    expect(css).not.toContain("--background: #ffffff");
    expect(css).not.toContain("prefers-color-scheme");
    expect(css).not.toContain("Arial");
    expect(css).toContain(".text-balance"); // the product's own rules stay

    const config = await read(dir, "tailwind.config.ts");
    expect(config).toContain('import nexod from "@nexod/tokens/tailwind-preset";');
    expect(config).toContain("presets: [nexod],");
    expect(config).not.toContain("var(--background)");
    expect(config).toContain('"./components/**/*.{js,ts,jsx,tsx,mdx}"');

    const layout = await read(dir, "app/layout.tsx");
    expect(layout).toContain(`<html lang="en" suppressHydrationWarning>`);
    expect(layout).toMatch(
      /<ThemeProvider attribute="data-theme"[^>]*>\s*<TooltipProvider>\s*\{children\}\s*<Toaster \/>/,
    );
    expect(layout).toContain('import "@fontsource-variable/inter";');
    expect(layout).not.toMatch(/localFont|geist/i);
    expect(layout).toContain('className="antialiased"');

    expect(await read(dir, "next.config.mjs")).toContain(
      'experimental: { optimizePackageImports: ["@nexod/ui", "@nexod/icons"] },',
    );
    expect(JSON.parse(await read(dir, ".eslintrc.json")).extends).toEqual([
      "next/core-web-vitals",
      "next/typescript",
      "plugin:@nexod/legacy-recommended",
    ]);
    expect(await read(dir, "app/page.tsx")).toContain('from "@nexod/ui/button"');
    expect(first.stdout).toContain("Skipped installing (--no-install); run:");
    expect(first.stdout).toContain(
      "npm install @nexod/ui @nexod/tokens @nexod/icons next-themes @fontsource-variable/inter",
    );
    expect(first.stdout).toContain("npm install -D @nexod/eslint-plugin");

    // Installed now (as the install would have done): the second run has nothing left to do.
    const manifest = JSON.parse(await read(dir, "package.json"));
    for (const name of [
      "@nexod/ui",
      "@nexod/tokens",
      "@nexod/icons",
      "next-themes",
      "@fontsource-variable/inter",
    ])
      manifest.dependencies[name] = "1.0.0";
    manifest.devDependencies["@nexod/eslint-plugin"] = "1.0.0";
    await writeFile(path.join(dir, "package.json"), JSON.stringify(manifest));
    const files = [
      "app/globals.css",
      "tailwind.config.ts",
      "app/layout.tsx",
      "next.config.mjs",
      ".eslintrc.json",
      "app/page.tsx",
    ];
    const before = await Promise.all(files.map((file) => read(dir, file)));
    const second = await nexod(["init", "--yes", "--no-install", "--cwd", dir]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Already set up for Nexod: nothing to change.");
    expect(await Promise.all(files.map((file) => read(dir, file)))).toEqual(before);
  });

  it("--dry-run prints the diff and writes nothing", async () => {
    const dir = await app("next14");
    const before = await read(dir, "app/layout.tsx");
    const run = await nexod(["init", "--dry-run", "--cwd", dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--- a/app/layout.tsx");
    expect(run.stdout).toContain("+++ b/app/layout.tsx");
    expect(run.stdout).toContain('+import { Toaster } from "@nexod/ui/toast";');
    expect(run.stdout).toContain("-  --background: #ffffff;");
    expect(run.stdout).toContain("would run: npm install @nexod/ui");
    expect(run.stdout).toContain("Dry run: nothing was written.");
    expect(await read(dir, "app/layout.tsx")).toBe(before);
  });

  it("asks before writing, and refuses to guess without a terminal", async () => {
    const dir = await app("next14");
    const before = await read(dir, "app/globals.css");
    const declined = await nexod(["init", "--no-install", "--cwd", dir], {
      tty: true,
      answer: false,
    });
    expect(declined.stdout).toContain("Nothing was changed.");
    const piped = await nexod(["init", "--no-install", "--cwd", dir]);
    expect(piped.code).toBe(1);
    expect(piped.stderr).toContain("Not a terminal: pass --yes to apply, or --dry-run");
    expect(await read(dir, "app/globals.css")).toBe(before);
  });
});

describe("nexod init in create-next-app 16 (Tailwind 4, ESLint 9 flat)", () => {
  it("imports Nexod CSS after tailwindcss, adds the plugin to the flat config, drops Google fonts", async () => {
    const dir = await app("next16");
    const run = await nexod(["init", "--yes", "--no-install", "--tag", "next", "--cwd", dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const css = await read(dir, "app/globals.css");
    expect(css).toMatch(
      /^@import "tailwindcss";\n\/\* Nexod design system \(nexod init\):[^\n]*\n@import "@nexod\/tokens\/theme.css";\n@import "@nexod\/ui\/styles.css";\n@import "@nexod\/ui\/base.css";/,
    );
    expect(css).not.toContain("@theme inline"); // only template variables were in it
    expect(css).not.toContain("body {");
    const eslint = await read(dir, "eslint.config.mjs");
    expect(eslint).toContain('import nexod from "@nexod/eslint-plugin";');
    expect(eslint).toMatch(
      /defineConfig\(\[\n {2}nexod\.configs\.recommended,\n {2}\.\.\.nextVitals,/,
    );
    const layout = await read(dir, "app/layout.tsx");
    expect(layout).not.toContain("next/font/google");
    expect(layout).toContain('className="h-full antialiased"');
    expect(layout).toContain("{children}");
    // Next 16 needs no optimizePackageImports: its config is untouched.
    expect(await read(dir, "next.config.ts")).toBe(
      await readFile(path.join(FIXTURES, "next16/next.config.ts"), "utf8"),
    );
    expect(run.stdout).toContain(
      "npm install @nexod/ui@next @nexod/tokens@next @nexod/icons@next next-themes",
    );
  });
});

describe("nexod init on input it cannot handle safely", () => {
  it("says where a package.json is missing", async () => {
    const dir = await tempDir("nexod-init-empty-");
    const run = await nexod(["init", "--yes", "--cwd", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`No package.json in ${dir}`);
  });

  it("refuses an app without Next.js and a package.json that is not JSON", async () => {
    const dir = await app("next14");
    await writeFile(
      path.join(dir, "package.json"),
      JSON.stringify({ dependencies: { react: "18" } }),
    );
    expect((await nexod(["init", "--yes", "--cwd", dir])).stderr).toContain(
      "has no next dependency",
    );
    await writeFile(path.join(dir, "package.json"), "{ nope");
    expect((await nexod(["init", "--yes", "--cwd", dir])).stderr).toContain("is not valid JSON");
  });

  it("lists a config it cannot edit as a manual step (exit 1) and still does the rest", async () => {
    const dir = await app("next14");
    await writeFile(
      path.join(dir, "tailwind.config.ts"),
      'import shared from "./shared";\nexport default shared;\n',
    );
    const run = await nexod(["init", "--yes", "--no-install", "--cwd", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("tailwind.config.ts: could not find the exported config object");
    expect(await read(dir, "tailwind.config.ts")).toBe(
      'import shared from "./shared";\nexport default shared;\n',
    );
    expect(await read(dir, "app/layout.tsx")).toContain("<Toaster />");
  });

  it("rejects unknown commands and options with the usage", async () => {
    expect((await nexod(["deploy"])).code).toBe(2);
    const bad = await nexod(["init", "--force"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Usage: nexod <command>");
  });
});
