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
    problems.push(...(await checkIcon(page)));
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

/**
 * The SearchIcon from @nexod/icons: rendered by a server component at its token size (lg =
 * 24px), in the text colour (`text-primary` through currentColor), named by its title, and
 * absent from every script the page loads (an icon adds no client JavaScript).
 */
async function checkIcon(page) {
  const icon = await page.locator("#proof-icon").evaluate((element) => {
    const probe = document.createElement("div");
    probe.style.color = "var(--nx-color-primary)";
    document.body.append(probe);
    const primary = getComputedStyle(probe).color;
    probe.remove();
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      slot: element.getAttribute("data-slot"),
      role: element.getAttribute("role"),
      title: element.querySelector("title")?.textContent,
      width: box.width,
      height: box.height,
      stroke: getComputedStyle(element).stroke,
      primary,
    };
  });
  log(`  icon: ${JSON.stringify(icon)}`);
  const problems = [];
  if (icon.tag !== "svg" || icon.slot !== "icon")
    problems.push(`#proof-icon is <${icon.tag} data-slot="${icon.slot}">, expected an icon svg`);
  if (icon.role !== "img" || icon.title !== "Search")
    problems.push(`the labelled icon has role ${icon.role} and title ${icon.title}`);
  if (icon.width !== 24 || icon.height !== 24)
    problems.push(`the lg icon is ${icon.width}×${icon.height}px, expected 24×24`);
  if (icon.stroke !== icon.primary)
    problems.push(`the icon strokes in ${icon.stroke}, expected currentColor = ${icon.primary}`);

  const scripts = await page.evaluate(async () => {
    const urls = [...document.querySelectorAll("script[src]")].map((script) => script.src);
    return Promise.all(urls.map(async (url) => ({ url, text: await (await fetch(url)).text() })));
  });
  // SearchIcon's path data: in the server-rendered HTML, never in a client chunk.
  const shipped = scripts.filter(({ text }) => text.includes("m21 21-4.34-4.34"));
  if (scripts.length === 0) problems.push("the page loads no scripts: cannot check client JS");
  for (const { url } of shipped) problems.push(`client JavaScript ${url} contains SearchIcon`);
  if (problems.length === 0) {
    log(
      `  the icon renders from a server component (24px, currentColor, role=img) and is in none of the page's ${scripts.length} scripts`,
    );
  }
  return problems;
}
