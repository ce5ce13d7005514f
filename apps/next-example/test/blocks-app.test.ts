// The app blocks of @nexod/blocks rendered by this app: the index, the app shell around the
// dashboard, list and detail pages, each with its h1 and no console problems; the shell's
// sidebar toggles and keeps its state in the cookie read by the server layout.
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { collectProblems, launchChromium, waitForHydration } from "./browser";

const baseURL = inject("baseURL");
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

async function open(path: string, options: Parameters<Browser["newContext"]>[0] = {}) {
  context = await browser.newContext({ colorScheme: "light", ...options });
  page = await context.newPage();
  page.setDefaultTimeout(5_000);
  problems = collectProblems(page);
  const response = await page.goto(baseURL + path);
  expect(response?.status()).toBe(200);
}

const h1 = () => page.getByRole("heading", { level: 1 });
const sidebar = () => page.locator('nav[data-slot="sidebar"]');

describe("blocks: app pages", () => {
  it("/blocks lists the ten blocks", async () => {
    await open("/blocks");
    await expect(page.title()).resolves.toBe("Blocks · Acme");
    await expect(h1().textContent()).resolves.toBe("Blocks");
    await expect(page.getByRole("heading", { level: 2 }).allTextContents()).resolves.toEqual([
      "App shell",
      "Dashboard",
      "List page",
      "Detail page",
      "Settings",
      "Sign in",
      "Sign up",
      "Not found (404)",
      "Error",
      "Empty",
    ]);
    await expect(page.getByRole("link", { name: "Dashboard" }).getAttribute("href")).resolves.toBe(
      "/blocks/dashboard",
    );
  });

  for (const [path, title] of [
    ["/blocks/app-shell", "App shell"],
    ["/blocks/dashboard", "Dashboard"],
    ["/blocks/list-page", "Projects"],
    ["/blocks/detail-page", "Website relaunch"],
  ] as const) {
    it(`${path} renders in the app shell with its h1 and its sidebar item current`, async () => {
      await open(path);
      await waitForHydration(page);
      await expect(h1().textContent()).resolves.toBe(title);
      await expect(page.getByRole("main").count()).resolves.toBe(1);
      await expect(page.getByRole("banner").count()).resolves.toBe(1);
      const current = sidebar().locator('[aria-current="page"]');
      await expect(current.count()).resolves.toBe(1);
      await expect(current.getAttribute("href")).resolves.toBe(path);
    });
  }

  it("the sidebar collapses with Ctrl+B, and the server paints it collapsed after a reload", async () => {
    await open("/blocks/dashboard");
    await waitForHydration(page);
    await expect(sidebar().getAttribute("data-state")).resolves.toBe("expanded");
    await page.keyboard.press("Control+b");
    await expect(sidebar().getAttribute("data-state")).resolves.toBe("collapsed");
    expect((await context.cookies()).find((c) => c.name === "nx-sidebar-open")?.value).toBe(
      "false",
    );
    // The server's HTML, before any script, already has it collapsed.
    const html = await (await page.request.get(`${baseURL}/blocks/dashboard`)).text();
    expect(html).toMatch(/<nav[^>]*data-state="collapsed"/);
    await page.reload();
    await waitForHydration(page);
    await expect(sidebar().getAttribute("data-state")).resolves.toBe("collapsed");
    await page.getByRole("button", { name: "Toggle sidebar" }).click();
    await expect(sidebar().getAttribute("data-state")).resolves.toBe("expanded");
  });

  it("the dashboard's period menu writes the period to the URL and the server renders it", async () => {
    await open("/blocks/dashboard");
    await waitForHydration(page);
    const figures = page.getByRole("region", { name: "Key figures" });
    await expect(figures.textContent()).resolves.toContain("€78,420");
    await page.getByRole("combobox", { name: "Period" }).click();
    await page.getByRole("option", { name: "Last 12 months" }).click();
    await page.waitForURL(/period=12m/);
    await page.waitForFunction(() =>
      document.querySelector('[aria-label="Key figures"]')?.textContent?.includes("€604,800"),
    );
  });

  it("the list page sorts, and a project leads to the detail page", async () => {
    await open("/blocks/list-page");
    await waitForHydration(page);
    const budget = page.getByRole("columnheader", { name: /Budget/ });
    await budget.getByRole("button").click();
    await expect(budget.getAttribute("aria-sort")).resolves.toBe("ascending");
    await page.getByRole("link", { name: "Website relaunch" }).first().click();
    await page.waitForURL(/\/blocks\/detail-page/);
    await expect(h1().textContent()).resolves.toBe("Website relaunch");
  });

  it("⌘K / Ctrl+K opens the search, which goes to a page", async () => {
    await open("/blocks/app-shell");
    await waitForHydration(page);
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Command palette" });
    await dialog.waitFor();
    await page.keyboard.type("dashboard");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/blocks\/dashboard$/);
    await expect(h1().textContent()).resolves.toBe("Dashboard");
  });

  it("on a phone the sidebar is a sheet the trigger opens", async () => {
    await open("/blocks/list-page", {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await waitForHydration(page);
    await expect(page.getByRole("navigation", { name: "Main" }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Toggle sidebar" }).click();
    const sheet = page.getByRole("dialog", { name: "Main" });
    await sheet.waitFor();
    await expect(
      sheet.getByRole("link", { name: "All projects" }).getAttribute("aria-current"),
    ).resolves.toBe("page");
  });
});
