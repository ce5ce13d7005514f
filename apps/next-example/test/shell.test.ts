// The app shell on /settings: the sidebar toggles with its keyboard shortcut, keeps its state
// across a reload with no flash (the server renders it from the cookie), and becomes a sheet on
// a phone that the keyboard opens and closes.
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { collectProblems, launchChromium, waitForHydration } from "./browser";

const baseURL = inject("baseURL");
const cookieName = "nx-sidebar-open";
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  expect(problems).toEqual([]);
});

async function open(options: Parameters<Browser["newContext"]>[0] = {}) {
  context = await browser.newContext({ colorScheme: "light", ...options });
  page = await context.newPage();
  page.setDefaultTimeout(5_000);
  // Without JavaScript the page's script requests are blocked on purpose: nothing to collect.
  problems = options.javaScriptEnabled === false ? [] : collectProblems(page);
}

const sidebar = () => page.locator('nav[data-slot="sidebar"]');
const trigger = () => page.getByRole("button", { name: "Toggle sidebar" });

/** Every `data-state` the sidebar had from the first byte of HTML on, recorded in the page. */
function recordSidebarStates() {
  return page.addInitScript(() => {
    const states: string[] = [];
    (window as unknown as { sidebarStates: string[] }).sidebarStates = states;
    new MutationObserver(() => {
      const state = document.querySelector('nav[data-slot="sidebar"]')?.getAttribute("data-state");
      if (state && states.at(-1) !== state) states.push(state);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

describe("app shell", () => {
  it("toggles the sidebar with Ctrl+B and saves the state in a cookie", async () => {
    await open();
    await page.goto(`${baseURL}/settings`);
    await waitForHydration(page);
    await expect(sidebar().getAttribute("data-state")).resolves.toBe("expanded");
    await expect(trigger().getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(
      page.getByRole("link", { name: "Settings", exact: true }).getAttribute("aria-current"),
    ).resolves.toBe("page");

    await page.keyboard.press("Control+b");
    await expect(sidebar().getAttribute("data-state")).resolves.toBe("collapsed");
    await expect(trigger().getAttribute("aria-expanded")).resolves.toBe("false");
    // The rail of icons, once the width transition has run.
    await page.waitForFunction(
      () => document.querySelector('nav[data-slot="sidebar"]')!.getBoundingClientRect().width <= 48,
    );
    const cookie = (await context.cookies()).find((c) => c.name === cookieName);
    expect(cookie?.value).toBe("false");

    await page.keyboard.press("Control+b");
    await expect(sidebar().getAttribute("data-state")).resolves.toBe("expanded");
    expect((await context.cookies()).find((c) => c.name === cookieName)?.value).toBe("true");
  });

  it("keeps the collapsed state across a reload, collapsed from the first paint", async () => {
    await open();
    await recordSidebarStates();
    await page.goto(`${baseURL}/settings`);
    await waitForHydration(page);
    await page.keyboard.press("Control+b");
    await expect(sidebar().getAttribute("data-state")).resolves.toBe("collapsed");

    await page.reload();
    await waitForHydration(page);
    // From the server's HTML through hydration the sidebar was never expanded: no flash.
    await expect(
      page.evaluate(() => (window as unknown as { sidebarStates: string[] }).sidebarStates),
    ).resolves.toEqual(["collapsed"]);
    await expect(trigger().getAttribute("aria-expanded")).resolves.toBe("false");

    // The server alone (no JavaScript at all) paints it collapsed to icons.
    const cookies = await context.cookies();
    await context.close();
    await open({ javaScriptEnabled: false });
    await context.addCookies(cookies);
    await page.goto(`${baseURL}/settings`);
    await expect(sidebar().getAttribute("data-state")).resolves.toBe("collapsed");
    const width = await sidebar().evaluate((nav) => nav.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(0);
    expect(width).toBeLessThanOrEqual(48);
  });

  it("on a phone opens the sidebar as a sheet with the keyboard and closes it with Escape", async () => {
    await open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${baseURL}/settings`);
    await waitForHydration(page);
    // The desktop sidebar is not shown on a phone; the sheet is closed.
    await expect(page.getByRole("navigation", { name: "Main" }).count()).resolves.toBe(0);
    await expect(trigger().getAttribute("aria-expanded")).resolves.toBe("false");

    // Skip link, then the trigger: the first two stops of the page.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(trigger().evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await page.keyboard.press("Enter");
    const sheet = page.getByRole("dialog", { name: "Main" });
    await sheet.waitFor();
    await expect(sheet.getByRole("navigation", { name: "Main" }).isVisible()).resolves.toBe(true);
    await page.waitForFunction(() =>
      document.querySelector('[role="dialog"]')?.contains(document.activeElement),
    );
    // It slides in from the start edge (the left here) and comes to rest against it.
    await page.waitForFunction(() => {
      const left = document.querySelector('[role="dialog"]')?.getBoundingClientRect().left;
      return left !== undefined && Math.abs(left) < 0.5;
    });

    await page.keyboard.press("Escape");
    await sheet.waitFor({ state: "detached" });
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-slot") === "sidebar-trigger",
    );
    // Opening the sheet on a phone does not change the desktop state saved in the cookie.
    expect((await context.cookies()).find((c) => c.name === cookieName)).toBeUndefined();
  });

  it("the skip link jumps past the sidebar to the page", async () => {
    await open();
    await page.goto(`${baseURL}/settings`);
    await waitForHydration(page);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "MAIN");
  });
});
