// /projects: the DataTable in server mode, its state in the URL; /dashboard: Stat cards and charts.
import { type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { collectProblems, launchChromium, waitForHydration } from "./browser";

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
beforeEach(async () => {
  page = await browser.newPage({ colorScheme: "light" });
  page.setDefaultTimeout(8_000);
  problems = collectProblems(page);
});
afterEach(async () => {
  await page?.close();
  expect(problems).toEqual([]);
});

const firstIds = () =>
  page
    .locator("table tbody tr td:nth-child(2)")
    .evaluateAll((cells) => cells.slice(0, 3).map((cell) => cell.textContent));

describe("/projects (server mode)", () => {
  it("sorts, filters, pages and selects through the URL, and Back undoes a step", async () => {
    await page.goto(`${baseURL}/projects`);
    await waitForHydration(page);
    await expect.poll(() => page.getByText("Page 1 of 14").count()).toBe(1);
    expect(await firstIds()).toEqual(["P-0001", "P-0002", "P-0003"]);

    // Sort by budget: the server returns the cheapest projects first.
    const budget = page.getByRole("columnheader", { name: /Budget/ });
    await budget.getByRole("button").click();
    await page.waitForURL(/sort=budget\.asc/);
    await expect.poll(() => budget.getAttribute("aria-sort")).toBe("ascending");

    // Filter on a status: the URL says so and the page count follows the server's total.
    await page
      .locator('[data-slot="data-table-toolbar"]')
      .getByRole("button", { name: "Status" })
      .click();
    await page.getByRole("checkbox", { name: "Paused" }).click();
    await page.waitForURL(/status=Paused/);
    await page.keyboard.press("Escape");
    await expect
      .poll(() =>
        page
          .locator("table tbody tr td:nth-child(5)")
          .evaluateAll((cells) => [...new Set(cells.map((c) => c.textContent))]),
      )
      .toEqual(["Paused"]);

    // Next page.
    await page.getByRole("button", { name: "Next page" }).click();
    await page.waitForURL(/page=2/);
    await expect.poll(() => page.getByText(/^Page 2 of \d+$/).count()).toBe(1);

    // Select two rows: the bulk bar and the polite announcement.
    const boxes = page.locator("table tbody").getByRole("checkbox");
    await boxes.nth(0).click();
    await boxes.nth(1).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("2 rows selected");
    await expect.poll(() => page.getByRole("button", { name: "Archive" }).count()).toBe(1);

    // Back: the previous URL (page 1 of the filtered list) and its rows come back.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("page=2"));
    expect(page.url()).toContain("status=Paused");
    await expect.poll(() => page.getByText(/^Page 1 of \d+$/).count()).toBe(1);
  });

  it("renders the page the URL asks for on the server", async () => {
    const response = await page.request.get(`${baseURL}/projects?sort=id.desc&size=20`);
    const html = await response.text();
    expect(html).toContain("P-0137");
    expect(html).toContain("Page 1 of 7");
  });
});

describe("/dashboard", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`shows the stat cards and two named charts (${theme})`, async () => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${baseURL}/dashboard`);
      await waitForHydration(page);
      await expect.poll(() => page.locator('[data-slot="stat"]').count()).toBe(3);
      await expect
        .poll(() =>
          page.getByRole("figure", { name: "Revenue by source, July to December" }).count(),
        )
        .toBe(1);
      await expect
        .poll(() => page.getByRole("figure", { name: "Open and closed tickets by team" }).count())
        .toBe(1);
      // The drawings render (SVG paths) and their data is in a table for screen readers.
      await expect.poll(() => page.locator("figure .recharts-area").count()).toBe(2);
      await expect.poll(() => page.locator(".recharts-bar-rectangle").count()).toBe(8);
      expect(await page.getByRole("table", { name: /tickets by team: data/ }).count()).toBe(1);
    });
  }
});

describe("feedback on the data pages", () => {
  it("shows an EmptyState when nothing matches and an Alert on the dashboard", async () => {
    await page.goto(`${baseURL}/projects?q=no-such-project`);
    await waitForHydration(page);
    expect(await page.getByRole("heading", { name: "No projects match" }).count()).toBe(1);
    await page.goto(`${baseURL}/dashboard`);
    const alert = page.getByRole("status").filter({ hasText: "Demo figures" });
    expect(await alert.count()).toBe(1);
  });
});
