import react from "@nexod/eslint-config/react";

export default [
  { ignores: ["storybook-static/**", "node_modules/**", "__screenshots__/**"] },
  ...react,
  {
    // Build scripts report what they wrote.
    files: ["scripts/**"],
    rules: { "no-console": "off" },
  },
];
