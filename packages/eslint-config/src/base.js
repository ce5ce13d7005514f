import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

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
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@nexod/*/src/*", "@nexod/*/dist/*"],
              message:
                "Import Nexod packages through their public entry points (e.g. `@nexod/ui` or `@nexod/ui/button`), never from src/ or dist/.",
            },
          ],
        },
      ],
      eqeqeq: ["error", "smart"],
      "no-console": ["warn", { allow: ["warn", "error"] }],
    },
  },
];

export default base;
