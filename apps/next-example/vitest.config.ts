import { defineConfig } from "vitest/config";

// End-to-end tests against `next start` on the production build (pnpm build first; turbo's
// `test` task depends on this package's `build`).
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    // One server and one Chromium at a time: CI has two cores.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
