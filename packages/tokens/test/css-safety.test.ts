import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { cli, copyOfShippedTokens, tempDir } from "./helpers";

const ATTACK = "red; } body { display:none";
const SCRIPT = "</style><script>alert(1)</script>";

/** The shipped tokens plus one hand-written file. */
async function tokensWith(fileName: string, tree: unknown) {
  const tokensDir = await copyOfShippedTokens();
  await writeFile(path.join(tokensDir, fileName), JSON.stringify(tree));
  return tokensDir;
}

async function build(tokensDir: string) {
  const outDir = path.join(await tempDir(), "dist");
  const run = await cli(["build", "--tokens-dir", tokensDir, "--out-dir", outDir]);
  const css = run.code === 0 ? await readFile(path.join(outDir, "tokens.css"), "utf8") : "";
  return { ...run, css };
}

/** Every rule of tokens.css is a mode selector holding only --nx-* declarations. */
function expectOnlyTokenRules(css: string) {
  const root = postcss.parse(css);
  root.walk((node) => {
    if (node.type === "rule") {
      expect([
        ":root",
        ':root,\n[data-theme="light"],\n.light',
        '[data-theme="dark"],\n.dark',
      ]).toContain(node.selector);
    } else if (node.type === "decl") {
      expect(node.prop).toMatch(/^--nx-[\p{L}\p{N}_-]+$/u);
    } else {
      expect(node.type).toBe("comment");
    }
  });
  expect(css).not.toContain("</style");
}

describe("hostile token values and names (issue 16, case 1)", () => {
  it("writes a string token as one quoted, escaped CSS string", async () => {
    const tokensDir = await tokensWith("content.json", {
      content: {
        $type: "string",
        attack: { $value: ATTACK },
        script: { $value: SCRIPT },
        quote: { $value: `it's "quoted" \\ back` },
      },
    });
    const run = await build(tokensDir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.css).toContain(`--nx-content-attack: '${ATTACK}';`);
    expect(run.css).toContain("--nx-content-script: '\\3c /style\\3e \\3c script\\3e alert(1)");
    expectOnlyTokenRules(run.css);
  });

  it("quotes and escapes a font family that is not a plain name", async () => {
    const tokensDir = await tokensWith("brand-font.json", {
      brand: {
        $type: "fontFamily",
        attack: { $value: "red;}body{display:none" },
        script: { $value: [SCRIPT, "sans-serif"] },
        quoted: { $value: `"Inter"; } body { x: y` },
      },
    });
    const run = await build(tokensDir);
    expect(run.code).toBe(0);
    expect(run.css).toContain("--nx-brand-attack: 'red;}body{display:none';");
    expect(run.css).toMatch(/--nx-brand-script: '\\3c \/style.*', sans-serif;/);
    expectOnlyTokenRules(run.css);
    // The shipped stacks are unchanged: identifiers bare, names with spaces quoted.
    expect(run.css).toContain(
      "--nx-font-family-sans: 'Inter Variable', Inter, system-ui, -apple-system, 'Segoe UI',",
    );
  });

  it("refuses a font-weight keyword CSS does not know, and writes known ones as numbers", async () => {
    const bad = await build(
      await tokensWith("weights.json", { w: { $type: "fontWeight", x: { $value: ATTACK } } }),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      `weights.json: w.x has $value "${ATTACK}"; a fontWeight must be a number from 1 to 1000 or one of the keywords thin,`,
    );
    const good = await build(
      await tokensWith("weights.json", { w: { $type: "fontWeight", x: { $value: "semi-bold" } } }),
    );
    expect(good.code).toBe(0);
    expect(good.css).toContain("--nx-w-x: 600;");
  });

  it("refuses token names with spaces or <>, naming the file and the name", async () => {
    const tokensDir = await tokensWith("names.json", {
      "bad name": { $type: "number", $value: 1 },
      group: { "x<style>": { $type: "number", $value: 2 } },
    });
    const run = await cli(["check", "--tokens-dir", tokensDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'names.json: the name "bad name" (in the root) cannot become a CSS variable: names may use only letters, digits, "-" and "_". Rename it.',
    );
    expect(run.stderr).toContain('names.json: the name "x<style>" (in group)');
  });

  it("refuses a mode name from a file name that would break the selector", async () => {
    const tokensDir = await copyOfShippedTokens();
    await rename(
      path.join(tokensDir, "semantic.dark.json"),
      path.join(tokensDir, 'semantic.dark"],body{x.json'.replace(".json", "") + ".json"),
    );
    const run = await build(tokensDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /the mode name "dark\\"\],body\{x" comes from the file name and becomes a CSS selector/,
    );
  });
});
