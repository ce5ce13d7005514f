import { defineConfig } from "vitest/config";

// globals: ESLint's RuleTester finds describe/it/afterAll on the global object.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], environment: "node", globals: true },
});
