// Next.js 14 + React 18 + Tailwind CSS 3 (preflight on) with @nexod/ui/styles.unlayered.css
// loaded before the product's CSS and the @nexod/tokens preset, in real Chromium.
import { type Browser, type ElementHandle, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "@nexod/testing/chromium";
import { collectProblems } from "@nexod/testing/page";

const baseURL = inject("baseURL");
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Computed styles of the element matching `selector`. */
function styles(selector: string, properties: string[]) {
  return page
    .locator(selector)
    .evaluate(
      (element, props) =>
        Object.fromEntries(
          props.map((prop) => [prop, getComputedStyle(element).getPropertyValue(prop)]),
        ),
      properties,
    );
}

/** Computed styles of a probe element styled with the token variables directly. */
function tokenProbe(style: Record<string, string>, properties: string[]) {
  return page.evaluate(
    ([declarations, props]) => {
      const probe = document.createElement("div");
      for (const [prop, value] of Object.entries(declarations))
        probe.style.setProperty(prop, value);
      document.body.append(probe);
      const computed = Object.fromEntries(
        props.map((prop) => [prop, getComputedStyle(probe).getPropertyValue(prop)]),
      );
      probe.remove();
      return computed;
    },
    [style, properties] as const,
  );
}

describe.each([
  // Next 14's App Router always runs its bundled React 18.3 canary…
  { route: "/", reactVersion: /^18\.3\.0-canary-/ },
  // …the Pages Router the installed react@18.3.1.
  { route: "/pages-router", reactVersion: /^18\.3\.1$/ },
])("$route", ({ route, reactVersion }) => {
  beforeAll(async () => {
    page = await browser.newPage();
    page.setDefaultTimeout(5_000);
    problems = collectProblems(page);
    const response = await page.goto(baseURL + route);
    expect(response?.status()).toBe(200);
    // Hydrated once the client component has printed React's version.
    await page.waitForFunction(
      () => document.getElementById("react-version")?.textContent !== "(not hydrated)",
    );
  });
  afterAll(async () => {
    await page?.close();
  });

  it("runs React 18", async () => {
    const version = await page.locator("#react-version").textContent();
    console.log(`${route}: React ${version} hydrated the page`);
    expect(version).toMatch(reactVersion);
  });

  it("styles the default Button from the tokens, and preflight does not erase it", async () => {
    const properties = [
      "background-color",
      "color",
      "padding-left",
      "padding-right",
      "border-radius",
    ];
    const button = await styles("#default", properties);
    const token = await tokenProbe(
      {
        "background-color": "var(--nx-color-primary)",
        color: "var(--nx-color-primary-foreground)",
        "padding-left": "var(--nx-spacing-4)",
        "padding-right": "var(--nx-spacing-4)",
        "border-radius": "var(--nx-radius-md)",
      },
      properties,
    );
    // Preflight sets `background-color: transparent` and `padding: 0` on buttons.
    expect(token["background-color"]).not.toBe("rgba(0, 0, 0, 0)");
    expect(token["padding-left"]).not.toBe("0px");
    expect(button).toEqual(token);
  });

  it("lets the product's class win: px-10 is 40px", async () => {
    const product = await styles("#product", ["padding-left", "padding-right", "background-color"]);
    expect(product["padding-left"]).toBe("40px");
    expect(product["padding-right"]).toBe("40px");
    // Only the padding changed: the Button keeps its token background.
    const token = await tokenProbe({ "background-color": "var(--nx-color-primary)" }, [
      "background-color",
    ]);
    expect(product["background-color"]).toBe(token["background-color"]);
  });

  it("resolves the preset's utilities to the token variables", async () => {
    const properties = ["background-color", "color", "padding-top", "border-radius"];
    const element = await styles("#preset", properties);
    const token = await tokenProbe(
      {
        "background-color": "var(--nx-color-primary)",
        color: "var(--nx-color-primary-foreground)",
        "padding-top": "var(--nx-spacing-4)",
        "border-radius": "var(--nx-radius-md)",
      },
      properties,
    );
    expect(element).toEqual(token);
    // And the product's CSS really is the variable, not a copied value.
    const rule = await page.evaluate(() => {
      for (const sheet of document.styleSheets) {
        for (const cssRule of sheet.cssRules) {
          if (cssRule instanceof CSSStyleRule && cssRule.selectorText === ".bg-primary")
            return cssRule.cssText;
        }
      }
      return null;
    });
    expect(rule).toContain("var(--nx-color-primary)");
  });

  it("renders @nexod/icons at the token size in the text colour; a product class resizes them", async () => {
    const icon = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return {
          size: [box.width, box.height],
          stroke: getComputedStyle(element).stroke,
          color: getComputedStyle(element.parentElement!).color,
          hidden: element.getAttribute("aria-hidden"),
          role: element.getAttribute("role"),
        };
      });
    const decorative = await icon("#icon-default");
    expect(decorative.size).toEqual([20, 20]);
    expect(decorative.stroke).toBe(decorative.color);
    expect(decorative.hidden).toBe("true");
    const product = await icon("#icon-product");
    expect(product.size).toEqual([32, 32]);
    expect(product.role).toBe("img");
    expect(await page.locator("#icon-product title").textContent()).toBe("Warning");
  });

  it("opens the Dialog with the keyboard and closes it with Escape, returning focus", async () => {
    const trigger = page.getByRole("button", { name: "Open dialog" });
    // Keyboard only: Tab until the trigger has focus.
    let focused = false;
    for (let presses = 0; presses < 10 && !focused; presses++) {
      await page.keyboard.press("Tab");
      focused = await trigger.evaluate((element) => element === document.activeElement);
    }
    expect(focused).toBe(true);
    const triggerElement = (await trigger.elementHandle()) as ElementHandle;
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Compatibility check" });
    await dialog.waitFor();
    await expect(
      dialog.evaluate((element) => element.contains(document.activeElement)),
    ).resolves.toBe(true);
    // Styled by the unlayered stylesheet: the raised surface token.
    const surface = await tokenProbe({ "background-color": "var(--nx-color-raised)" }, [
      "background-color",
    ]);
    await expect(
      dialog.evaluate((element) => getComputedStyle(element).backgroundColor),
    ).resolves.toBe(surface["background-color"]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction((element) => element === document.activeElement, triggerElement, {
      timeout: 2_000,
    });
  });

  it("logs no errors or warnings", () => {
    expect(problems).toEqual([]);
  });
});
