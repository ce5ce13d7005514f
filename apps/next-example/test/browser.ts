import type { Page } from "playwright-core";

export { launchChromium } from "@nexod/testing/chromium";
export { collectProblems, tokenValue } from "@nexod/testing/page";

/** Waits until React has hydrated the page: the theme toggle only gets aria-pressed then. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('[data-testid="theme-toggle"][aria-pressed]').waitFor({ timeout: 10_000 });
}
