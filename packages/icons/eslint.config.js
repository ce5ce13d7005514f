import react from "@nexod/eslint-config/react";

export default [
  // Written by tools/generate.ts from svg/ (not in git).
  { ignores: ["src/generated/**"] },
  ...react,
  {
    // The CLI and the generator report what they did.
    files: ["tools/**"],
    rules: { "no-console": "off" },
  },
];
