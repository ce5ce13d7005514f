import nextPlugin from "@next/eslint-plugin-next";
import nexod from "@nexod/eslint-plugin";
import { reactConfig } from "./react.js";

/**
 * Next.js products: `react` plus the Next.js plugin's recommended and Core Web Vitals rules, and
 * the design-system guard rails of `@nexod/eslint-plugin` (token colours, Nexod components,
 * public entry points, Nexod icons; most with autofixes).
 * @type {import("eslint").Linter.Config[]}
 */
export const next = [
  ...reactConfig,
  {
    name: "nexod/next",
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      // Nexod products use the App Router; this rule only understands pages/.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  nexod.configs.recommended,
];

export default next;
