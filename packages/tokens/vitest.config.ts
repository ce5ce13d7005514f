import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // The published-types test runs the TypeScript compiler twice: slow on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
