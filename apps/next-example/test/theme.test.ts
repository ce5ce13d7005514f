// Dark mode through next-themes: the choice persists, and a reload paints dark from the start.
import { type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectProblems, launchChromium, waitForHydration } from "./browser";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface ThemeTimeline {
  /** data-theme when the parser inserted <main>, i.e. before any content could paint. */
  atMain?: string;
  /** data-theme and the body's background in the first animation frame (before first paint). */
  atFirstFrame?: { theme?: string; background?: string };
  /** data-theme and the body's background at DOMContentLoaded. */
  atDomContentLoaded?: { theme?: string; background?: string };
  /** Every value data-theme was set to, in order. */
  changes: (string | null)[];
}

declare global {
  interface Window {
    __theme: ThemeTimeline;
  }
}

/** Runs before any of the page's own scripts, on every navigation. */
function recordThemeTimeline() {
  // Init scripts can run before the parser has created <html>: observe the document.
  const theme = () => document.documentElement?.getAttribute("data-theme") ?? undefined;
  const timeline: ThemeTimeline = { changes: [] };
  window.__theme = timeline;
  const snapshot = () => ({
    theme: theme(),
    background: document.body ? getComputedStyle(document.body).backgroundColor : undefined,
  });
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes" && record.target === document.documentElement) {
        timeline.changes.push(theme() ?? null);
      }
      for (const node of record.addedNodes) {
        if (timeline.atMain === undefined && node instanceof HTMLElement && node.id === "main") {
          timeline.atMain = theme() ?? "(none)";
        }
      }
    }
  }).observe(document, {
    attributes: true,
    attributeFilter: ["data-theme"],
    childList: true,
    subtree: true,
  });
  requestAnimationFrame(() => {
    timeline.atFirstFrame = snapshot();
  });
  document.addEventListener("DOMContentLoaded", () => {
    timeline.atDomContentLoaded = snapshot();
  });
}

describe("theme", () => {
  it("ships next-themes' blocking script before the content in the server HTML", async () => {
    const html = await (await fetch(`${baseURL}/status`)).text();
    // The server cannot know the visitor's theme: <html> carries none…
    expect(html).toMatch(/<html lang="en">/);
    // …and an inline, synchronous script sets it before the first content is parsed.
    const script = /<script>(\(\([^<]*data-theme[^<]*)<\/script>/.exec(html);
    expect(script, "inline next-themes script").not.toBeNull();
    expect(script!.index).toBeLessThan(html.indexOf('id="main"'));
    expect(script![1]).toContain("localStorage");
  });

  it("persists dark mode across a reload without a flash of the light theme", async () => {
    const context = await browser.newContext({ colorScheme: "light" });
    try {
      await context.addInitScript(recordThemeTimeline);
      const page = await context.newPage();
      page.setDefaultTimeout(5_000);
      const problems = collectProblems(page);
      await page.goto(`${baseURL}/status`);
      await waitForHydration(page);

      const html = page.locator("html");
      const bodyBackground = () =>
        page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await expect(html.getAttribute("data-theme")).resolves.toBe("light");
      const lightBackground = await bodyBackground();

      // Toggle with the keyboard.
      const toggle = page.getByRole("button", { name: "Dark mode" });
      await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("false");
      await toggle.focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
      await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("true");
      const darkBackground = await bodyBackground();
      expect(darkBackground).not.toBe(lightBackground);
      expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");

      await page.reload();
      await waitForHydration(page);
      const timeline = await page.evaluate(() => window.__theme);
      expect(timeline.atMain).toBe("dark");
      expect(timeline.atFirstFrame?.theme).toBe("dark");
      expect(timeline.atDomContentLoaded).toEqual({ theme: "dark", background: darkBackground });
      // Never light in between: every write of data-theme was "dark".
      expect(timeline.changes.length).toBeGreaterThan(0);
      expect(new Set(timeline.changes)).toEqual(new Set(["dark"]));
      await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("true");
      expect(problems).toEqual([]);

      // Control: with next-themes' inline script removed, the recorder does see the flash
      // (no theme while the content is parsed, dark only once React runs).
      const url = `${baseURL}/status`;
      await page.route(url, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          /<script>\(\([^<]*data-theme[^<]*<\/script>/,
          "",
        );
        await route.fulfill({ response, body });
      });
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
      const withoutScript = await page.evaluate(() => window.__theme);
      expect(withoutScript.atMain).toBe("(none)");
      expect(withoutScript.atDomContentLoaded?.background).not.toBe(darkBackground);
      await page.unroute(url);
      problems.length = 0; // React reports the removed script as a hydration mismatch.

      // And back: light again after another reload.
      await toggle.press("Enter");
      await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
      await page.reload();
      await waitForHydration(page);
      await expect(page.evaluate(() => window.__theme.atMain)).resolves.toBe("light");
      expect(await bodyBackground()).toBe(lightBackground);

      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
