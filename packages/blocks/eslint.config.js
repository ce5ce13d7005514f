import next from "@nexod/eslint-config/next";

// Blocks are product code once copied: they pass the product preset's guard rails as they are.
export default [{ ignores: ["dist/**"] }, ...next];
