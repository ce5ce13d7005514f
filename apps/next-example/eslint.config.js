import next from "@nexod/eslint-config/next";

export default [
  { ignores: [".next/**", "node_modules/**", "next-env.d.ts"] },
  ...next,
  {
    // End-to-end tests and their server harness report what they do.
    files: ["test/**"],
    rules: { "no-console": "off" },
  },
];
