import react from "@nexod/eslint-config/react";

export default [
  ...react,
  {
    // Stories and tests render components in isolation; the design-system rules still apply.
    files: ["**/*.stories.tsx", "**/*.test.tsx"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];
