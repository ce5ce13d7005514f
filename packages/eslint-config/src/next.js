import nextPlugin from "@next/eslint-plugin-next";
import { reactConfig } from "./react.js";

/**
 * Next.js products: `react` plus the Next.js plugin's recommended and Core Web Vitals rules.
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
];

export default next;
