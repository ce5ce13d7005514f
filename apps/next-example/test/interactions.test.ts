// Keyboard flows on /settings: dialog, dropdown menu, tabs, and the form with its toast.
import { type Browser, type ElementHandle, type Locator, type Page } from "playwright-core";
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
  // Fail a step in seconds, not at the test timeout, and say which one.
  page.setDefaultTimeout(5_000);
  problems = collectProblems(page);
  await page.goto(`${baseURL}/settings`);
  await waitForHydration(page);
});
afterEach(async () => {
  await page?.close();
  // Checked after every flow: no console errors, exceptions or failed requests on the way.
  expect(problems).toEqual([]);
});

const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement, undefined, { timeout: 2_000 });

/** Waits (briefly) until `locator` has focus: Radix moves focus in a timeout after some keys. */
async function expectFocused(locator: Locator | ElementHandle) {
  const handle = "elementHandle" in locator ? await locator.elementHandle() : locator;
  await page
    .waitForFunction((element) => element === document.activeElement, handle, { timeout: 2_000 })
    .catch(async () => {
      const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
      throw new Error(`expected ${locator} to have focus; focus is on ${active}`);
    });
}

/** Waits until the focused element's text is `text`. */
async function expectFocusedText(text: string) {
  await page
    .waitForFunction((expected) => document.activeElement?.textContent?.trim() === expected, text, {
      timeout: 2_000,
    })
    .catch(async () => {
      throw new Error(`expected focus on "${text}"; focus is on "${await focusedText()}"`);
    });
}

/** Presses Tab until `target` has focus, like a keyboard user would; fails after `max` presses. */
async function tabTo(target: Locator, max = 40) {
  await target.waitFor();
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press("Tab");
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target} in ${max} presses`);
}

/** A toast in the Toaster's notifications region, by its title. */
const toastTitled = (title: string) =>
  page.getByRole("region", { name: /Notifications/ }).locator("li", { hasText: title });

const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());

describe("keyboard", () => {
  it("opens the dialog with Enter and closes it with Escape, returning focus", async () => {
    const trigger = page.getByRole("button", { name: "Invite teammate" });
    await tabTo(trigger);
    // A handle, not a role query: while the modal is open the page behind it is aria-hidden.
    const triggerElement = (await trigger.elementHandle())!;
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Invite a teammate" });
    await dialog.waitFor();
    await expect(triggerElement.getAttribute("aria-expanded")).resolves.toBe("true");
    // Focus moved into the dialog (its first field).
    await expect(
      dialog.evaluate((element) => element.contains(document.activeElement)),
    ).resolves.toBe(true);
    await expectFocused(page.getByRole("textbox", { name: "Email" }));
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expectFocused(triggerElement);
  });

  it("sends an invite from the dialog and shows a toast", async () => {
    await tabTo(page.getByRole("button", { name: "Invite teammate" }));
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Invite a teammate" });
    await dialog.waitFor();
    await page.keyboard.type("sam@example.com");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await toastTitled("Invitation sent").waitFor();
  });

  it("opens the dropdown menu from the keyboard; ArrowDown moves between items", async () => {
    const trigger = page.getByRole("button", { name: "More actions" });
    await tabTo(trigger);
    const triggerElement = (await trigger.elementHandle())!;
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await menu.waitFor();
    await expect(triggerElement.getAttribute("aria-expanded")).resolves.toBe("true");
    await expectFocusedText("Export data");
    await page.keyboard.press("ArrowDown");
    await expectFocusedText("Copy profile link");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe(
      "menuitem",
    );
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
    await expectFocused(triggerElement);

    // ArrowDown on the trigger also opens it; Enter on an item runs it.
    await page.keyboard.press("ArrowDown");
    await menu.waitFor();
    await page.keyboard.press("Enter");
    await menu.waitFor({ state: "detached" });
    await toastTitled("Export started").waitFor();
  });

  it("switches tabs with the arrow keys", async () => {
    const profile = page.getByRole("tab", { name: "Profile" });
    await tabTo(profile);
    await page.keyboard.press("ArrowRight");
    const notifications = page.getByRole("tab", { name: "Notifications" });
    await expectFocused(notifications);
    await expect(notifications.getAttribute("aria-selected")).resolves.toBe("true");
    await page.getByRole("tabpanel", { name: "Notifications" }).waitFor();
    await expect(page.getByRole("checkbox", { name: "Mentions" }).isVisible()).resolves.toBe(true);
  });
});

describe("profile form", () => {
  it("shows and announces errors when submitted empty, then saves with a toast", async () => {
    await tabTo(page.getByRole("button", { name: "Save profile" }));
    await page.keyboard.press("Enter");

    // Inside the form: Next's route announcer is a role="alert" region too.
    const alerts = page.getByRole("form", { name: "Profile" }).getByRole("alert");
    await alerts.first().waitFor();
    await expect(alerts.allTextContents()).resolves.toEqual([
      "Enter your name.",
      "Enter your email address.",
    ]);

    // Each error is tied to its control: aria-invalid, and aria-describedby names the message.
    const name = page.getByRole("textbox", { name: "Full name" });
    const email = page.getByRole("textbox", { name: "Email" });
    for (const [control, message] of [
      [name, "Enter your name."],
      [email, "Enter your email address."],
    ] as const) {
      await expect(control.getAttribute("aria-invalid")).resolves.toBe("true");
      const description = await control.evaluate((element) =>
        (element.getAttribute("aria-describedby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent)
          .join(" | "),
      );
      expect(description).toContain(message);
    }
    // react-hook-form moves focus to the first invalid field.
    await expectFocused(name);

    await page.keyboard.type("Sam Lee");
    await email.fill("not-an-email");
    await page.getByRole("button", { name: "Save profile" }).press("Enter");
    await expect(alerts.allTextContents()).resolves.toEqual([
      "Enter an email address like name@example.com.",
    ]);

    await email.fill("sam@example.com");
    await page.getByRole("button", { name: "Save profile" }).press("Enter");
    const toast = toastTitled("Profile saved");
    await toast.waitFor();
    await expect(toast.textContent()).resolves.toContain("Teammates now see you as Sam Lee.");
    expect(await alerts.count()).toBe(0);
    await expect(name.getAttribute("aria-invalid")).resolves.toBe(null);
  });
});
