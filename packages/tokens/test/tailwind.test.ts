import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { compile } from "@tailwindcss/node";
import postcss from "postcss";
import { beforeEach, describe, expect, it } from "vitest";
import { productWithTokens } from "./helpers";

const require = createRequire(import.meta.url);
const tailwindV3 = require("tailwindcss-v3") as (config: unknown) => postcss.AcceptedPlugin;

/** Compiles CSS with Tailwind v4 and returns the utilities generated for `candidates`. */
async function tailwindV4(product: string, css: string, candidates: string[]) {
  const compiler = await compile(css, { base: product, onDependency: () => {} });
  return compiler.build(candidates);
}

/** Runs Tailwind v3 with a config file from the product folder. */
async function tailwindV3Build(
  product: string,
  configFile: string,
  html: string,
  input = "@tailwind utilities;",
) {
  const config = path.join(product, configFile);
  await writeFile(path.join(product, "index.html"), html);
  const result = await postcss([tailwindV3(config)]).process(input, {
    from: undefined,
  });
  return result.css;
}

const rule = (css: string, selector: string) => {
  const start = css.indexOf(`${selector} {`);
  return start < 0 ? "" : css.slice(start, css.indexOf("}", start) + 1);
};

describe("Tailwind", () => {
  let product: string;
  beforeEach(async () => {
    product = await productWithTokens();
  });

  it("v4: a product's bg-primary / text-muted-foreground use the token variables", async () => {
    const css = await tailwindV4(
      product,
      '@import "tailwindcss";\n@import "@nexod/tokens/theme.css";',
      [
        "bg-primary",
        "text-muted-foreground",
        "p-0.5",
        "text-sm",
        "md:p-4",
        "dark:bg-background",
        "text-title-lg",
      ],
    );
    expect(rule(css, ".bg-primary")).toContain("background-color: var(--nx-color-primary);");
    expect(rule(css, ".text-muted-foreground")).toContain(
      "color: var(--nx-color-muted-foreground);",
    );
    expect(rule(css, ".p-0\\.5")).toContain("padding: var(--nx-spacing-0_5);");
    expect(rule(css, ".text-sm")).toContain(
      "line-height: var(--tw-leading, var(--nx-font-line-height-sm));",
    );
    expect(css).toMatch(
      /@media \(width >= 48rem\) \{\s*\.md\\:p-4 \{\s*padding: var\(--nx-spacing-4\);/,
    );
    // A text style is one utility: size, line height, weight and tracking.
    const title = rule(css, ".text-title-lg");
    expect(title).toContain("font-size: var(--nx-text-title-lg-font-size);");
    expect(title).toContain("line-height: var(--tw-leading, var(--nx-text-title-lg-line-height));");
    expect(title).toContain(
      "font-weight: var(--tw-font-weight, var(--nx-text-title-lg-font-weight));",
    );
    expect(title).toContain(
      "letter-spacing: var(--tw-tracking, var(--nx-text-title-lg-letter-spacing));",
    );
    expect(css).toContain(
      '.dark\\:bg-background:where([data-theme="dark"], [data-theme="dark"] *, .dark, .dark *)',
    );
  });

  it("v4 with prefix(nx) and theme(reference), as @nexod/ui builds: nx:bg-primary, nx:p-0.5", async () => {
    const css = await tailwindV4(
      product,
      [
        '@import "tailwindcss/theme.css" prefix(nx) theme(reference);',
        '@import "@nexod/tokens/theme.css" theme(reference);',
        '@import "tailwindcss/utilities.css";',
      ].join("\n"),
      ["nx:bg-primary", "nx:text-muted-foreground", "nx:p-0.5", "nx:rounded-md"],
    );
    expect(rule(css, ".nx\\:bg-primary")).toContain("background-color: var(--nx-color-primary);");
    expect(rule(css, ".nx\\:text-muted-foreground")).toContain(
      "color: var(--nx-color-muted-foreground);",
    );
    expect(rule(css, ".nx\\:p-0\\.5")).toContain("padding: var(--nx-spacing-0_5);");
    expect(rule(css, ".nx\\:rounded-md")).toContain("border-radius: var(--nx-radius-md);");
    // theme(reference) emits no theme variables, so none can shadow tokens.css with itself.
    expect(css).not.toMatch(/--nx-color-primary:/);
  });

  it("v3: the preset works from a CommonJS config", async () => {
    await writeFile(
      path.join(product, "tailwind.config.cjs"),
      'module.exports = { presets: [require("@nexod/tokens/tailwind-preset")], content: { relative: true, files: ["./index.html"] } };\n',
    );
    const css = await tailwindV3Build(
      product,
      "tailwind.config.cjs",
      '<div class="bg-primary text-muted-foreground p-0.5 text-sm dark:bg-background text-caption"></div>',
    );
    const caption = rule(css, ".text-caption");
    expect(caption).toContain("font-size: var(--nx-text-caption-font-size)");
    expect(caption).toContain("line-height: var(--nx-text-caption-line-height)");
    expect(caption).toContain("font-weight: var(--nx-text-caption-font-weight)");
    expect(caption).toContain("letter-spacing: var(--nx-text-caption-letter-spacing)");
    expect(rule(css, ".bg-primary")).toContain("background-color: var(--nx-color-primary)");
    expect(rule(css, ".text-muted-foreground")).toContain(
      "color: var(--nx-color-muted-foreground)",
    );
    expect(rule(css, ".p-0\\.5")).toContain("padding: var(--nx-spacing-0_5)");
    expect(rule(css, ".text-sm")).toContain("line-height: var(--nx-font-line-height-sm)");
    expect(css).toContain(
      '.dark\\:bg-background:where([data-theme="dark"], [data-theme="dark"] *, .dark, .dark *)',
    );
  });

  it("v3: a bare `border` takes the border token (preflight), not Tailwind's grey", async () => {
    await writeFile(
      path.join(product, "tailwind.config.cjs"),
      'module.exports = { presets: [require("@nexod/tokens/tailwind-preset")], content: { relative: true, files: ["./index.html"] } };\n',
    );
    const css = await tailwindV3Build(
      product,
      "tailwind.config.cjs",
      '<div class="border border-input"></div>',
      "@tailwind base;\n@tailwind utilities;",
    );
    expect(css).toMatch(/border-color: var\(--nx-color-border\)/);
    expect(css).not.toMatch(/border-color: #e5e7eb/);
    expect(rule(css, ".border-input")).toContain("border-color: var(--nx-color-input)");
  });

  it("v3: the preset works from an ES module config", async () => {
    await writeFile(
      path.join(product, "tailwind.config.mjs"),
      'import nexod from "@nexod/tokens/tailwind-preset";\nexport default { presets: [nexod], content: { relative: true, files: ["./index.html"] } };\n',
    );
    const css = await tailwindV3Build(
      product,
      "tailwind.config.mjs",
      '<div class="bg-primary text-muted-foreground"></div>',
    );
    expect(rule(css, ".bg-primary")).toContain("background-color: var(--nx-color-primary)");
    expect(rule(css, ".text-muted-foreground")).toContain(
      "color: var(--nx-color-muted-foreground)",
    );
  });

  it("the preset resolves to ESM for import and CommonJS for require, with the same content", async () => {
    const run = async (script: string, type: string) =>
      (
        await promisify(execFile)(process.execPath, [`--input-type=${type}`, "-e", script], {
          cwd: product,
        })
      ).stdout;
    const esm = await run(
      'import p from "@nexod/tokens/tailwind-preset"; console.log(import.meta.resolve("@nexod/tokens/tailwind-preset")); console.log(JSON.stringify(p));',
      "module",
    );
    const cjs = await run(
      'console.log(require.resolve("@nexod/tokens/tailwind-preset")); console.log(JSON.stringify(require("@nexod/tokens/tailwind-preset")));',
      "commonjs",
    );
    const [esmFile, esmPreset] = esm.trim().split("\n");
    const [cjsFile, cjsPreset] = cjs.trim().split("\n");
    expect(esmFile).toMatch(/dist\/tailwind-preset\.js$/);
    expect(cjsFile).toMatch(/dist\/tailwind-preset\.cjs$/);
    expect(JSON.parse(esmPreset as string)).toEqual(JSON.parse(cjsPreset as string));
    expect(JSON.parse(esmPreset as string).theme.extend.colors.primary).toBe(
      "var(--nx-color-primary)",
    );
  });
});
