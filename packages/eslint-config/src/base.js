import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import nexod from "@nexod/eslint-plugin";

/**
 * TypeScript and JavaScript rules for every Nexod package and product.
 * @type {import("eslint").Linter.Config[]}
 */
export const base = [
  {
    name: "nexod/ignores",
    ignores: [
      "**/dist/**",
      "**/storybook-static/**",
      "**/.next/**",
      "**/.turbo/**",
      "**/coverage/**",
      "**/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    name: "nexod/base",
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: { ...globals.node, ...globals.es2023 },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    // Deep imports into @nexod/* (src/, dist/) break on any release: autofixed to the entry point.
    plugins: { "@nexod": nexod },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@nexod/no-deep-imports": "error",
      eqeqeq: ["error", "smart"],
      "no-console": ["warn", { allow: ["warn", "error"] }],
    },
  },
];

export default base;
