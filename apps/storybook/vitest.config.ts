import path from "node:path";
import { chromiumArgs, chromiumExecutablePath } from "@nexod/testing/chromium";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const configDir = path.join(import.meta.dirname, ".storybook");

// Debian's chromium (CI sets CHROMIUM_PATH through scripts/bootstrap.sh). Without these flags its
// connections are refused in the sandboxed CI machines.
const chromium = playwright({
  // Components animate only under `motion-safe`, so with reduced motion overlays appear in
  // their final state at once, so play functions and axe never see a half-faded element.
  contextOptions: { reducedMotion: "reduce" },
  launchOptions: {
    executablePath: chromiumExecutablePath(),
    args: chromiumArgs,
  },
});

/** Every story as a browser test (render + play + axe), with the `theme` global pinned. */
function storiesIn(theme: "light" | "dark"): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir, initialGlobals: { theme } })],
    test: {
      name: `storybook-${theme}`,
      browser: {
        enabled: true,
        headless: true,
        provider: chromium,
        instances: [{ browser: "chromium" }],
        screenshotFailures: false,
      },
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      storiesIn("light"),
      storiesIn("dark"),
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["scripts/**/*.test.ts", "src/**/*.test.ts"],
        },
      },
    ],
  },
});
