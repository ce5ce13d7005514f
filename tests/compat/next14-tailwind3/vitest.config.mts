import { defineConfig } from "vitest/config";

// End-to-end: `next start` on the production build (run `pnpm build` first; turbo's `test`
// task depends on this package's `build`).
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
