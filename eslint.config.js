// Lints the repository's own scripts (release tooling, generators); packages lint themselves.
import base from "@nexod/eslint-config/base";
import globals from "globals";

export default [
  ...base,
  { ignores: ["packages/**", "apps/**", "bench/**", "tests/**"] },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Functions passed to page.evaluate() run in the browser.
    files: [
      "scripts/release/registry-proof/chromium-check.mjs",
      "scripts/release/registry-proof/init-apps.mjs",
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    // Command-line scripts report progress on the console.
    files: ["scripts/**"],
    rules: { "no-console": "off" },
  },
];
