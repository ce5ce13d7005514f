// The repo's base config, by path: a package dependency would be a cycle (the config depends on
// this plugin).
import base from "../eslint-config/src/base.js";

export default [
  ...base,
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
