import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's chromium with the flags this network needs (CHROMIUM_PATH overrides the path). */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}. Install it or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * Collects what the page reports as a problem: console errors and warnings (React's
 * hydration mismatches are console errors), uncaught exceptions and failed requests.
 */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "";
    // Next cancels prefetches it no longer needs when the page navigates or closes.
    if (reason === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Waits until React has hydrated the page: the theme toggle only gets aria-pressed then. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('[data-testid="theme-toggle"][aria-pressed]').waitFor({ timeout: 10_000 });
}

/** The computed value of `property` for an element styled with the token `var(--nx-…)`. */
export function tokenValue(
  page: Page,
  cssVariable: string,
  property = "background-color",
): Promise<string> {
  return page.evaluate(
    ([variable, prop]) => {
      const probe = document.createElement("div");
      probe.style.setProperty(prop, `var(${variable})`);
      document.body.append(probe);
      const value = getComputedStyle(probe).getPropertyValue(prop);
      probe.remove();
      return value;
    },
    [cssVariable, property] as const,
  );
}
