// The end of the proof: the started app in Chromium (the repository's test launcher), where
// the Button must render with the token styles and the page must report no errors.
import { launchChromium } from "@nexod/testing/chromium";

import { log } from "./phases.mjs";

export async function checkInChromium(url) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      // Failed requests are reported by the response listener below, with their URL.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        pageErrors.push(message.text());
      }
    });
    page.on("response", (response) => {
      const { pathname } = new URL(response.url());
      if (response.status() >= 400 && pathname !== "/favicon.ico") {
        pageErrors.push(`HTTP ${response.status()} for ${response.url()}`);
      }
    });
    page.setDefaultTimeout(30_000);
    await page.goto(url, { waitUntil: "networkidle", timeout: 60_000 });
    await page.mouse.move(0, 0);
    const button = page.locator("#proof-button");
    await button.waitFor({ state: "visible" });
    const styles = await button.evaluate((element) => {
      const probe = document.createElement("div");
      probe.style.backgroundColor = "var(--nx-color-primary)";
      document.body.append(probe);
      const expected = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const computed = getComputedStyle(element);
      return {
        background: computed.backgroundColor,
        expected,
        primaryVariable: getComputedStyle(document.documentElement)
          .getPropertyValue("--nx-color-primary")
          .trim(),
        paddingLeft: computed.paddingLeft,
        paddingRight: computed.paddingRight,
        slot: element.getAttribute("data-slot"),
        text: element.textContent,
      };
    });
    log(`  button: ${JSON.stringify(styles)}`);
    const transparent = (value) =>
      value === "transparent" || /rgba\(0, 0, 0, 0\)/.test(value) || value === "";
    const problems = [];
    if (styles.slot !== "button") problems.push(`data-slot is ${styles.slot}, expected "button"`);
    if (!styles.primaryVariable) problems.push("--nx-color-primary is not defined on :root");
    if (transparent(styles.background))
      problems.push(`the button background is transparent (${styles.background})`);
    if (styles.background !== styles.expected) {
      problems.push(
        `background ${styles.background} differs from var(--nx-color-primary) = ${styles.expected}`,
      );
    }
    if (styles.paddingLeft !== "16px" || styles.paddingRight !== "16px") {
      problems.push(`padding is ${styles.paddingLeft} / ${styles.paddingRight}, expected 16px`);
    }
    await page.waitForTimeout(300); // let hydration report its errors
    if (pageErrors.length > 0) problems.push(`errors in the page:\n  ${pageErrors.join("\n  ")}`);
    if (problems.length > 0) throw new Error(`Chromium check failed:\n- ${problems.join("\n- ")}`);
    log(
      "  the Button renders with token styles (background = var(--nx-color-primary), padding 16px)",
    );
  } finally {
    await browser.close();
  }
}
