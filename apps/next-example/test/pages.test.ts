// The pages render, styled by the tokens, with no console errors or hydration warnings.
import { type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { collectProblems, launchChromium, tokenValue, waitForHydration } from "./browser";

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
afterEach(async () => {
  await page?.close();
});

async function open(path: string) {
  page = await browser.newPage({ colorScheme: "light" });
  problems = collectProblems(page);
  const response = await page.goto(baseURL + path);
  expect(response?.status()).toBe(200);
  await waitForHydration(page);
}

function styleOf(selector: string, ...properties: string[]) {
  return page
    .locator(selector)
    .evaluate(
      (element, props) => props.map((prop) => getComputedStyle(element).getPropertyValue(prop)),
      properties,
    );
}

describe("pages", () => {
  it("/ renders the overview from Card and Badge", async () => {
    await open("/");
    await expect(page.title()).resolves.toBe("Acme");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Welcome back",
    );
    expect(await page.locator('[data-slot="card"]').count()).toBe(2);
    // Card surface and Badge colours come from the tokens.
    expect(await styleOf('[data-slot="card"] >> nth=0', "background-color")).toEqual([
      await tokenValue(page, "--nx-color-surface"),
    ]);
    expect(
      await styleOf('[data-slot="badge"][data-variant="success"]', "background-color", "color"),
    ).toEqual([
      await tokenValue(page, "--nx-color-success"),
      await tokenValue(page, "--nx-color-success-foreground", "color"),
    ]);
    expect(problems).toEqual([]);
  });

  it("/status renders services with Badge, Separator and Skeleton", async () => {
    await open("/status");
    await expect(page.title()).resolves.toBe("Status · Acme");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "System status",
    );
    expect(await page.locator('[data-slot="badge"]').count()).toBe(4);
    expect(await page.locator('[data-slot="separator"]').count()).toBe(3);
    expect(await page.locator('[data-slot="skeleton"]').count()).toBe(3);
    expect(
      await styleOf('[data-slot="badge"][data-variant="destructive"]', "background-color"),
    ).toEqual([await tokenValue(page, "--nx-color-destructive")]);
    expect(await styleOf('[data-slot="skeleton"] >> nth=0', "background-color")).toEqual([
      await tokenValue(page, "--nx-color-muted"),
    ]);
    expect(problems).toEqual([]);
  });

  it("/settings renders the form, tabs and actions styled by the tokens", async () => {
    await open("/settings");
    await expect(page.title()).resolves.toBe("Settings · Acme");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Settings");
    const save = page.getByRole("button", { name: "Save profile" });
    await save.waitFor();
    const [background, color, paddingLeft] = await save.evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.backgroundColor, style.color, style.paddingLeft];
    });
    expect(background).toBe(await tokenValue(page, "--nx-color-primary"));
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    expect(color).toBe(await tokenValue(page, "--nx-color-primary-foreground", "color"));
    expect(paddingLeft).toBe(await tokenValue(page, "--nx-spacing-4", "padding-left"));
    // The product's own Tailwind classes use the same tokens (`bg-surface` on the header).
    expect(await styleOf("header", "background-color")).toEqual([
      await tokenValue(page, "--nx-color-surface"),
    ]);
    await expect(
      page.getByRole("tab", { name: "Profile" }).getAttribute("aria-selected"),
    ).resolves.toBe("true");
    await expect(page.getByRole("textbox", { name: "Full name" }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});
