import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      // Outside a Next.js app router, `useRouter()` throws and `usePathname()` is null: the
      // stories render on the server with the same stand-in Storybook uses.
      "next/navigation": path.resolve(
        import.meta.dirname,
        "../../apps/storybook/.storybook/next-mocks/navigation.ts",
      ),
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.ts"],
    // The first story import transforms @nexod/ui and Recharts on a cold cache.
    testTimeout: 30_000,
  },
});
