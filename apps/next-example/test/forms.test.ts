// The "New project" form: a plain POST to a server action before JavaScript loads, the same
// FormData after hydration (validated first), and the dialog version driven by keyboard only.
import { type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectProblems, launchChromium, waitForHydration } from "./browser";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function received(page: Page): Promise<[string, string][]> {
  await page.waitForURL(/\/projects\/new\/received\?id=\d+&valid=true/);
  return JSON.parse((await page.getByTestId("received").textContent()) ?? "[]");
}

describe("New project form", () => {
  it("submits to the server action with JavaScript disabled", async () => {
    // Reduced motion: the switch's thumb lands at once instead of sliding (a transition read
    // right after the key press still reports its starting margin).
    const context = await browser.newContext({ javaScriptEnabled: false, reducedMotion: "reduce" });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    try {
      await page.goto(`${baseURL}/projects/new`);
      await page.getByRole("textbox", { name: "Project name" }).fill("Offline launch");
      await page.getByRole("textbox", { name: "Description" }).fill("Typed before hydration");
      await page.getByRole("combobox", { name: "Team", exact: true }).selectOption("Growth");
      // Checkbox, Switch and RadioGroup are native inputs: they change without JavaScript, and
      // their look follows (the tick, the thumb and the dot are drawn from `:checked`).
      const everyone = page.getByRole("radio", { name: "Everyone" });
      await everyone.click();
      expect(await everyone.isChecked()).toBe(true);
      expect(await page.getByRole("radio", { name: "My team" }).isChecked()).toBe(false);
      const archive = page.getByRole("checkbox", { name: "Archive it once it is due" });
      await page.getByText("Archive it once it is due").click(); // the label toggles it natively
      expect(await archive.isChecked()).toBe(true);
      expect(await archive.evaluate((el) => getComputedStyle(el, "::before").content)).not.toBe(
        "none",
      );
      const notify = page.getByRole("switch", { name: "Email me about changes" });
      const thumbStart = () =>
        notify.evaluate((el) => getComputedStyle(el, "::before").marginInlineStart);
      const thumbOff = await thumbStart();
      await notify.focus();
      await page.keyboard.press("Space");
      expect(await notify.isChecked()).toBe(true);
      expect(await thumbStart()).not.toBe(thumbOff);
      await page.getByRole("button", { name: "Create project" }).click();
      const entries = await received(page);
      // Native controls carry what was typed or chosen; the others (Combobox, DatePicker…)
      // post their server-rendered values from hidden inputs (the date as ISO): every field
      // arrives.
      expect(entries).toEqual([
        ["name", "Offline launch"],
        ["description", "Typed before hydration"],
        ["due", "2026-03-20"],
        ["visibility", "public"],
        ["team", "Growth"],
        ["members", "Grace Hopper"],
        ["archive", "on"],
        ["notify", "on"],
      ]);
    } finally {
      await context.close();
    }
  });

  it("validates first and posts the same FormData with JavaScript on", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8_000);
    const problems = collectProblems(page);
    await page.goto(`${baseURL}/projects/new`);
    await waitForHydration(page);
    await page.getByRole("button", { name: "Create project" }).click();
    const name = page.getByRole("textbox", { name: "Project name" });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await name.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("alert").first().textContent()).toBe("Give the project a name.");

    await name.fill("Apollo");
    await page.getByRole("combobox", { name: "Team members" }).click();
    await page.keyboard.type("Ada");
    await page.keyboard.press("Enter");
    await page.getByRole("switch", { name: "Email me about changes" }).click();
    await page.getByRole("button", { name: "Create project" }).click();
    const entries = await received(page);
    expect(entries).toEqual(
      expect.arrayContaining([
        ["name", "Apollo"],
        ["due", "2026-03-20"],
        ["visibility", "team"],
        ["team", "Platform"],
        ["members", "Grace Hopper"],
        ["members", "Ada Lovelace"],
        ["notify", "on"],
      ]),
    );
    expect(entries.some(([key]) => key === "archive")).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("creates a project from the dialog with the keyboard only: inline errors, then a toast", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8_000);
    const problems = collectProblems(page);
    await page.goto(`${baseURL}/projects`);
    await waitForHydration(page);
    const trigger = page.getByRole("button", { name: "New project" });
    const focused = () => trigger.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 60 && !(await focused()); i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe(true);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "New project" });
    await dialog.waitFor();

    const name = dialog.getByRole("textbox", { name: "Project name" });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter"); // implicit submit, empty
    await expect.poll(() => dialog.getByText("Give the project a name.").count()).toBe(1);
    expect(await name.getAttribute("aria-invalid")).toBe("true");

    await page.keyboard.type("Apollo");
    await page.keyboard.press("Enter");
    // Scoped to the notifications region: Radix also speaks the toast through a
    // short-lived live-region copy outside it, which a page-wide query may catch too.
    const notifications = page.getByRole("region", { name: /^Notifications/ });
    await notifications.getByText("Created “Apollo”").waitFor();
    await dialog.waitFor({ state: "detached" });
    expect(problems).toEqual([]);
    await page.close();
  });
});
