"use strict";
// @nexod/eslint-plugin. CommonJS so ESLint 8 (`.eslintrc`, `plugin:@nexod/legacy-recommended`)
// can require it on any Node Next 14 supports; ESLint 9 flat configs import it (index.mjs).

const { name, version } = require("../package.json");

const rules = {
  "no-raw-colors": require("./rules/no-raw-colors.cjs"),
  "prefer-components": require("./rules/prefer-components.cjs"),
  "no-deep-imports": require("./rules/no-deep-imports.cjs"),
  "icons-from-nexod": require("./rules/icons-from-nexod.cjs"),
  "no-other-ui-kits": require("./rules/no-other-ui-kits.cjs"),
};

/** The product rules and their levels, shared by the flat and the legacy config. */
const recommendedRules = {
  "@nexod/no-raw-colors": "error",
  "@nexod/prefer-components": "error",
  "@nexod/no-deep-imports": "error",
  "@nexod/icons-from-nexod": "error",
  "@nexod/no-other-ui-kits": "warn",
};

const plugin = { meta: { name, version }, rules, configs: {} };

Object.assign(plugin.configs, {
  /** ESLint 9 flat config: `...nexod.configs.recommended` is one config object. */
  recommended: {
    name: "@nexod/recommended",
    plugins: { "@nexod": plugin },
    rules: recommendedRules,
  },
  /** ESLint 8 `.eslintrc`: `"extends": ["plugin:@nexod/legacy-recommended"]`. */
  "legacy-recommended": { plugins: ["@nexod"], rules: recommendedRules },
});

module.exports = plugin;
