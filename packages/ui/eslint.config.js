import react from "@nexod/eslint-config/react";
import nexodUi from "./lint/eslint-plugin.mjs";

export default [
  ...react,
  {
    // Component looks live in <name>.css; a `nx:` utility in code would ship unstyled.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    plugins: { nexod: nexodUi },
    rules: { "nexod/no-utility-classes": "error" },
  },
  {
    // Stories and tests render components in isolation; the design-system rules still apply.
    files: ["**/*.stories.tsx", "**/*.test.tsx"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];
