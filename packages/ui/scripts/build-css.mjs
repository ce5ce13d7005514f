// Compiles the two shipped stylesheets with Tailwind 4 and checks what they contain.
// Runs after tsdown (which empties dist/).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import postcss from "postcss";

const require = createRequire(import.meta.url);
const packageRoot = path.resolve(import.meta.dirname, "..");
const tailwindCli = path.join(
  path.dirname(require.resolve("@tailwindcss/cli/package.json")),
  "dist/index.mjs",
);

const outputs = [
  { input: "src/styles.css", output: "dist/styles.css" },
  { input: "src/styles.unlayered.css", output: "dist/styles.unlayered.css" },
];

// Token variables may sit on these; every other selector must start at one of our nx: classes
// (possibly inside Tailwind's :is()/:where() wrappers), so nothing reaches an element that
// does not carry a Nexod class or sit inside one.
const scopedSelector = /^(?::is\(|:where\()*\.nx(?:-|\\:)/;
const tokenSelectors = new Set([":root", '[data-theme="dark"]', "[data-theme=dark]", ".dark"]);

function isFallbackForOldBrowsers(rule) {
  // Tailwind's @property fallback for browsers without @property sets --tw-* on `*`; Nexod
  // supports only browsers with @property (Chrome 85, Safari 16.4, Firefox 128), so drop it.
  return rule.selector.includes("*") && rule.nodes.every((decl) => decl.prop?.startsWith("--tw-"));
}

function checkAndClean(css, file) {
  const root = postcss.parse(css, { from: file });
  const problems = [];
  root.walkRules((rule) => {
    if (rule.parent?.type === "atrule" && rule.parent.name === "keyframes") return;
    if (isFallbackForOldBrowsers(rule)) {
      const supports = rule.parent;
      rule.remove();
      if (supports?.type === "atrule" && supports.nodes.length === 0) supports.remove();
      return;
    }
    for (const selector of rule.selectors) {
      const onlyTokens = rule.nodes.every(
        (node) => node.type === "decl" && node.prop.startsWith("--nx-"),
      );
      if (tokenSelectors.has(selector) && onlyTokens) continue;
      if (!scopedSelector.test(selector)) {
        problems.push(`${file}: global selector "${selector}"`);
      }
    }
  });
  root.walkAtRules("layer", (atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  if (problems.length > 0) throw new Error(`Unexpected selectors:\n${problems.join("\n")}`);
  return root.toString();
}

for (const { input, output } of outputs) {
  const outputPath = path.join(packageRoot, output);
  execFileSync(process.execPath, [tailwindCli, "-i", input, "-o", output, "--minify"], {
    cwd: packageRoot,
    stdio: ["ignore", "ignore", "inherit"],
  });
  writeFileSync(outputPath, checkAndClean(readFileSync(outputPath, "utf8"), output));
  process.stdout.write(`${output}: ${(readFileSync(outputPath).length / 1024).toFixed(1)} KiB\n`);
}
