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

/**
 * Every story as a browser test (render + play + axe + layout invariants + screenshot against
 * its baseline in `visual/<project>/`), with the `theme` global pinned.
 */
function storiesIn(theme: "light" | "dark"): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir, initialGlobals: { theme } })],
    test: {
      name: `storybook-${theme}`,
      setupFiles: [path.join(configDir, "visual.setup.ts")],
      browser: {
        enabled: true,
        headless: true,
        provider: chromium,
        instances: [{ browser: "chromium" }],
        // One fixed window for every story, so layouts and baselines do not depend on the machine.
        viewport: { width: 1024, height: 768 },
        screenshotFailures: false,
        // On a busy 2-core machine the second project's browser can take over a minute to attach
        // while the first still runs; the default 60 s dropped a whole theme once.
        connectTimeout: 180_000,
        expect: {
          toMatchScreenshot: {
            comparatorName: "pixelmatch",
            // pixelmatch skips anti-aliased pixels itself, so the colour tolerance can be small:
            // a token nudged by a few shades (dark `border` from 14 % to 22 % white) must fail.
            // A moved edge (1 px of padding) changes far more than 0.05 % of the crop.
            comparatorOptions: { threshold: 0.02, allowedMismatchedPixelRatio: 0.0005 },
            // A full-window crop (a toast and its trigger in opposite corners) takes over a
            // second per capture on a busy 2-core machine; stability needs two equal captures.
            timeout: 20_000,
            resolveScreenshotPath: ({ arg, ext, root }) =>
              path.join(root, "visual", theme, `${arg}${ext}`),
            resolveDiffPath: ({ arg, ext, root }) =>
              path.join(root, "visual", "__failures__", theme, `${arg}${ext}`),
          },
        },
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
