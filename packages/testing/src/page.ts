import type { Page } from "playwright-core";

/**
 * Collects what the page reports as a problem: console errors and warnings (React's
 * hydration mismatches are console errors), uncaught exceptions and failed requests.
 */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    // Chromium echoes every HTTP error as "Failed to load resource" without its URL; the
    // response listener below records it with the URL, and the echo can arrive after a test
    // has reset its list (a late duplicate of a request it meant to ignore).
    if (message.text().startsWith("Failed to load resource")) return;
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
