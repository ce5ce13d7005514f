import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { base } from "./base.js";

/**
 * React rules on top of `base`: react, the rules of hooks and jsx-a11y (strict).
 * @type {import("eslint").Linter.Config[]}
 */
export const reactConfig = [
  ...base,
  {
    name: "nexod/react",
    files: ["**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}"],
    plugins: { react, "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser },
    },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // TypeScript checks props; prop-types would duplicate it.
      "react/prop-types": "off",
      "react/display-name": "error",
    },
  },
];

export default reactConfig;
