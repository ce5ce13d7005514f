// Compiles the two shipped stylesheets with Tailwind 4 and checks what they contain.
// Runs after tsdown (which empties dist/).
import { execFileSync } from "node:child_process";
import { copyFileSync, globSync, readFileSync, watch, writeFileSync } from "node:fs";
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
// The element reset (css/reset.css) matches Nexod elements by their class prefix.
const scopedSelector = /^(?::is\(|:where\()*(?:\.nx(?:-|\\:)|\[class[\^*]=(?:nx-|"\s?nx-"))/;
const tokenSelectors = new Set([
  ":root",
  '[data-theme="light"]',
  "[data-theme=light]",
  ".light",
  '[data-theme="dark"]',
  "[data-theme=dark]",
  ".dark",
]);

// Component colours come from tokens. The minifier writes `transparent` as `#0000` and `#f00`
// as `red`, so a colour property may hold only variables, numbers and these words.
const rawColour = /#(?!0000\b)[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i;
const colourProperty = /color|^fill$|^stroke$|^background$/;
const colourWords = new Set([
  "transparent",
  "currentcolor",
  "inherit",
  "initial",
  "unset",
  "none",
  "color-mix",
  "in",
  "oklab",
  "srgb",
]);

function hasRawColour({ prop, value }) {
  if (prop.startsWith("--nx-")) return false;
  if (rawColour.test(value)) return true;
  if (!colourProperty.test(prop)) return false;
  const words = value.replace(/var\([^)]*\)/g, "").match(/[a-z][a-z-]*/gi) ?? [];
  return words.some((word) => !colourWords.has(word.toLowerCase()));
}

/** Utilities left in a component's TSX would ship unstyled: styles live in <name>.css. */
function findUtilitiesInComponents() {
  const files = globSync("src/components/*/*.{ts,tsx}", { cwd: packageRoot }).filter(
    (file) => !/\.(test|stories)\.tsx?$/.test(file),
  );
  return files.flatMap((file) =>
    readFileSync(path.join(packageRoot, file), "utf8")
      .split("\n")
      .flatMap((line, index) =>
        /(^|["'`\s])nx:[a-z]/.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
}

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
    for (const node of rule.nodes) {
      if (node.type === "decl" && hasRawColour(node)) {
        problems.push(`${file}: raw colour in "${rule.selector} { ${node.prop}: ${node.value} }"`);
      }
    }
  });
  root.walkAtRules("layer", (atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  if (problems.length > 0)
    throw new Error(
      `The stylesheet breaks the styling rules (CONTRIBUTING.md):\n${problems.join("\n")}`,
    );
  return root.toString();
}

function buildStylesheets() {
  const utilitiesInComponents = findUtilitiesInComponents();
  if (utilitiesInComponents.length > 0) {
    throw new Error(
      `Move these nx: utilities into the component's .css file (@apply); TSX classes are not compiled:\n${utilitiesInComponents.join("\n")}`,
    );
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
  // The opt-in page defaults are plain CSS with element selectors, outside the component rules.
  copyFileSync(path.join(packageRoot, "src/base.css"), path.join(packageRoot, "dist/base.css"));
}

buildStylesheets();

// `--watch` (the package's `dev` script, run beside Storybook by `pnpm dev`): rebuild when a
// stylesheet or component changes. A broken rule is reported and the last good files stay.
if (process.argv.includes("--watch")) {
  let pending;
  watch(path.join(packageRoot, "src"), { recursive: true }, (_event, file) => {
    if (!file || !/\.(css|tsx?)$/.test(file) || /\.(test|stories)\.tsx?$/.test(file)) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      try {
        buildStylesheets();
      } catch (error) {
        process.stderr.write(`${error.message}\n`);
      }
    }, 100);
  });
  process.stdout.write("Watching src/ for stylesheet changes…\n");
}
