import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.ts"],
    // The first story import transforms @nexod/ui and Recharts on a cold cache.
    testTimeout: 30_000,
  },
});
