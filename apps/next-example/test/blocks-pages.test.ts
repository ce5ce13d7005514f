// The status pages and the sign-in, sign-up and settings blocks as the example app uses them:
// the 404 and error boundaries, the sign-in form posting to its server action with JavaScript
// off and validating inline with it on, and the settings page saving through server actions.
import { type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectProblems, launchChromium } from "./browser";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** These pages have no theme toggle: wait until React has attached to the element instead. */
async function hydrated(page: Page, selector: string) {
  await page.waitForFunction(
    (sel) => {
      const element = document.querySelector(sel);
      return !!element && Object.keys(element).some((key) => key.startsWith("__reactProps"));
    },
    selector,
    { timeout: 10_000 },
  );
}

const isFocused = (page: Page, name: string | RegExp) =>
  page.getByRole("textbox", { name }).evaluate((el) => el === document.activeElement);

describe("status pages", () => {
  it("answers an unknown address with 404 and the not-found block", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8_000);
    const response = await page.goto(`${baseURL}/does-not-exist`);
    expect(response?.status()).toBe(404);
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toBe("Page not found");
    await page.getByRole("link", { name: "Back to home" }).click();
    await page.waitForURL(`${baseURL}/`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Welcome back");
    await page.close();
  });

  it("renders app/error.tsx for a page that throws, with the digest and not the message", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8_000);
    const response = await page.goto(`${baseURL}/blocks/error`);
    expect(response?.status()).toBe(500);
    await page.getByRole("heading", { level: 1, name: "Something went wrong" }).waitFor();
    expect(await page.getByText(/Error ID:/).textContent()).toMatch(/Error ID: \S+/);
    expect(await page.getByText("throws on purpose").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Back to home" }).getAttribute("href")).toBe("/");
    await page.close();
  });
});

describe("sign-in", () => {
  it("posts to the server action with JavaScript disabled: errors, then the redirect", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    try {
      await page.goto(`${baseURL}/sign-in`);
      // Nothing typed: the server's zod messages, inline.
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByText("Enter your email address.").waitFor();
      const email = page.getByRole("textbox", { name: /Email/ });
      expect(await email.getAttribute("aria-invalid")).toBe("true");
      expect(await page.getByText("Enter your password.").count()).toBe(1);

      // Wrong password: one message for the attempt, the email kept.
      await email.fill("ada@example.com");
      await page.locator('input[name="password"]').fill("not my password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByText(/That email and password don't match/).waitFor();
      expect(await page.getByRole("textbox", { name: /Email/ }).inputValue()).toBe(
        "ada@example.com",
      );

      await page.locator('input[name="password"]').fill("correct horse battery staple");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(`${baseURL}/blocks/settings`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Settings");
    } finally {
      await context.close();
    }
  });

  it("validates inline with JavaScript on and focuses the first invalid field", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8_000);
    const problems = collectProblems(page);
    await page.goto(`${baseURL}/sign-in`);
    await hydrated(page, "form");
    const email = page.getByRole("textbox", { name: /Email/ });
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => isFocused(page, /Email/)).toBe(true);
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
    const messages = await Promise.all(
      describedBy.split(" ").map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(messages).toContain("Enter your email address.");

    // Keyboard only: type, Enter submits; the action's answer shows without a reload.
    await email.fill("ada@example.com");
    const password = page.locator('input[name="password"]');
    await password.fill("wrong");
    // PasswordInput: the toggle shows the text and leaves the focus in the field.
    const toggle = page.getByRole("button", { name: "Show password" });
    await toggle.click();
    expect(await password.getAttribute("type")).toBe("text");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await password.evaluate((el) => el === document.activeElement)).toBe(true);
    await password.press("Enter");
    await page.getByText(/That email and password don't match/).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("sign-up", () => {
  it("posts to the server action with JavaScript disabled: the terms checkbox ticks natively", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    try {
      await page.goto(`${baseURL}/sign-up`);
      await page.getByRole("textbox", { name: /Name/ }).fill("Grace Hopper");
      await page.getByRole("textbox", { name: /Email/ }).fill("grace@example.com");
      await page.locator('input[name="password"]').fill("Compiler-A0-1952");
      // Terms not accepted: the server's message, inline, on the checkbox.
      await page.getByRole("button", { name: "Create account" }).click();
      await page.getByText("Accept the terms to create an account.").waitFor();
      const terms = page.getByRole("checkbox", { name: /I accept the terms/ });
      expect(await terms.getAttribute("aria-invalid")).toBe("true");

      await page.locator('input[name="password"]').fill("Compiler-A0-1952");
      await terms.click();
      expect(await terms.isChecked()).toBe(true);
      await page.getByRole("button", { name: "Create account" }).click();
      await page.waitForURL(`${baseURL}/blocks/empty`);
      expect(await page.getByRole("heading", { level: 2, name: "No projects yet" }).count()).toBe(
        1,
      );
    } finally {
      await context.close();
    }
  });

  it("creates the account through the server action and lands on the first-run page", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8_000);
    const problems = collectProblems(page);
    await page.goto(`${baseURL}/sign-up`);
    await hydrated(page, "form");
    await page.getByRole("textbox", { name: /Name/ }).fill("Grace Hopper");
    await page.getByRole("textbox", { name: /Email/ }).fill("grace@example.com");
    await page.locator('input[name="password"]').fill("Compiler-A0-1952");
    expect(
      await page
        .getByRole("progressbar", { name: "Password strength" })
        .getAttribute("aria-valuetext"),
    ).toBe("3 of 3 requirements met");
    await page.getByRole("checkbox", { name: /I accept the terms/ }).click();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${baseURL}/blocks/empty`);
    expect(await page.getByRole("heading", { level: 2, name: "No projects yet" }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("settings", () => {
  it("renders the tabs and saves the profile through its server action", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8_000);
    const problems = collectProblems(page);
    await page.goto(`${baseURL}/blocks/settings`);
    await hydrated(page, "form");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Settings");
    expect(await page.getByRole("tab", { name: "Profile" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await page.getByRole("textbox", { name: /Name/ }).fill("Ada King");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page
      .getByRole("region", { name: /Notifications/ })
      .getByText("Profile saved")
      .waitFor();
    expect(problems).toEqual([]);

    await page.goto(`${baseURL}/blocks/settings?tab=billing`);
    expect(await page.getByRole("tab", { name: "Billing" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await page.close();
  });
});
