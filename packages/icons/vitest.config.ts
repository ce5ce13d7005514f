import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    restoreMocks: true,
    // The build test runs tsdown; the pull tests run a mock Figma server: slow on a busy machine.
    testTimeout: 60_000,
  },
});
