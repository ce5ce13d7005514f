// @vitest-environment node
// A product's className beats the component's own classes by the cascade alone (no
// tailwind-merge), in the four ways products load @nexod/ui, and components measure the same in
// all of them and on a page with no reset at all (Storybook's preview). Real Chromium, real
// Tailwind.
import { compile } from "@tailwindcss/node";
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import postcss from "postcss";
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import tailwindcssV3 from "tailwindcss-v3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Button } from "../src/components/button";
import { inputVariants } from "../src/components/input";
import { selectTriggerVariants } from "../src/components/select";
import { textareaVariants } from "../src/components/textarea";
import { toastVariants, toastViewportVariants } from "../src/components/toast";
import { listClasses } from "../src/shared/list-classes";
import { surfaceClasses } from "../src/shared/surface-classes";
import { chromiumLaunchOptions } from "@nexod/testing/chromium";

const dist = path.resolve(import.meta.dirname, "../dist");
const layeredCss = path.join(dist, "styles.css");
const unlayeredCss = path.join(dist, "styles.unlayered.css");

// The product's own classes: Tailwind's px-10 (2.5rem = 40px) and bg-black.
const productClasses = "px-10 bg-black";
const markup = renderToStaticMarkup(
  React.createElement(
    "main",
    null,
    React.createElement(Button, { id: "default" }, "Default"),
    React.createElement(Button, { id: "product", className: productClasses }, "Overridden"),
    React.createElement("div", {
      id: "token",
      style: { backgroundColor: "var(--nx-color-primary)", paddingLeft: "var(--nx-spacing-4)" },
    }),
  ),
);

/**
 * Open overlays render in portals, which a server render leaves out, so the Select list and
 * the toast are written by hand, with class names from the components' own variant functions
 * and class maps (so the markup cannot fall behind what they render).
 */
const inputClass = inputVariants({ size: "md" });
const textareaClass = textareaVariants({ size: "md" });
const triggerClass = selectTriggerVariants({ size: "md" });
const measuredMarkup = `
<div style="width: 320px; position: relative">
  <input id="input" class="${inputClass}" value="Ada">
  <textarea id="textarea" class="${textareaClass}">Notes</textarea>
  <button id="trigger" class="${triggerClass}"><span class="nx-select-value">Apple</span></button>
  <div id="select-list" class="${surfaceClasses.popover} nx-select-content" style="position: absolute; top: 200px; inset-inline-start: 0; width: 320px">
    <div class="nx-select-content__viewport">
      <div id="select-label" class="${listClasses.groupLabel} nx-select-label">Fruit</div>
      <div id="select-item" class="${listClasses.item} nx-select-item">Apple<span id="select-check" class="nx-select-item__indicator"></span></div>
    </div>
  </div>
</div>
<ol id="toast-viewport" class="${toastViewportVariants({ position: "bottom-right" })}">
  <li id="toast" class="${toastVariants({ variant: "neutral" })}"><div class="nx-toast__text"><div id="toast-title" class="nx-toast-title">Saved</div></div><button id="toast-close" class="nx-toast-close nx-focus-ring"></button></li>
</ol>`;
const measuredIds = [
  "input",
  "textarea",
  "trigger",
  "select-list",
  "select-label",
  "select-item",
  "select-check",
  "toast-viewport",
  "toast",
  "toast-title",
  "toast-close",
];

async function tailwind4(css: string) {
  const compiler = await compile(css, { base: import.meta.dirname, onDependency: () => {} });
  return compiler.build(productClasses.split(" "));
}

async function tailwind3() {
  const result = await postcss([
    tailwindcssV3({ content: [{ raw: markup, extension: "html" }] }),
  ]).process("@tailwind base;\n@tailwind components;\n@tailwind utilities;", { from: undefined });
  return result.css;
}

const setups: Record<string, () => Promise<string[]>> = {
  "Tailwind 4, @nexod/ui imported after tailwindcss": async () => [
    await tailwind4(`@import "tailwindcss";\n@import "${layeredCss}";`),
  ],
  "Tailwind 4, @nexod/ui imported before tailwindcss": async () => [
    await tailwind4(`@import "${layeredCss}";\n@import "tailwindcss";`),
  ],
  "Tailwind 3 with preflight, styles.unlayered.css loaded first": async () => [
    readFileSync(unlayeredCss, "utf8"),
    await tailwind3(),
  ],
  "no Tailwind, styles.css plus the product's own unlayered CSS": async () => [
    readFileSync(layeredCss, "utf8"),
    ".px-10 { padding-inline: 40px; }\n.bg-black { background-color: #000; }",
  ],
};

/** Box metrics and type of each measured element, as the browser lays them out. */
async function measure(stylesheets: string[]) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  try {
    const styles = stylesheets.map((css) => `<style>${css}</style>`).join("\n");
    await page.setContent(
      `<!doctype html><html><head>${styles}</head><body>${measuredMarkup}</body></html>`,
    );
    return await page.evaluate((ids) => {
      // Positions relative to the element's containing block's edge, not the page's: a page
      // without a reset keeps the browser's 8px body margin, which is not the component's.
      const metrics = (id: string) => {
        const element = document.getElementById(id)!;
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const group = element.closest(".nx-toast-viewport") ?? document.body.firstElementChild!;
        const origin = element === group ? 0 : group.getBoundingClientRect().left;
        // Type matters where the element holds text; containers inherit the page's.
        const holdsText = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== "",
        );
        return {
          right: Math.round(rect.right - origin),
          width: Math.round(rect.width),
          height: Math.round(rect.height),
          padding: style.padding,
          border: style.borderWidth,
          margin: style.margin,
          boxSizing: style.boxSizing,
          font: holdsText
            ? `${style.fontFamily.split(",")[0]} ${style.fontSize}/${style.lineHeight} ${style.fontWeight}`
            : "inherited",
        };
      };
      return Object.fromEntries(ids.map((id) => [id, metrics(id)]));
    }, measuredIds);
  } finally {
    await page.close();
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(setups))("%s", (_name, stylesheets) => {
  it("styles the default Button from tokens and lets the product's className win", async () => {
    const page = await browser.newPage();
    try {
      const styles = (await stylesheets()).map((css) => `<style>${css}</style>`).join("\n");
      await page.setContent(
        `<!doctype html><html><head>${styles}</head><body>${markup}</body></html>`,
      );
      const computed = await page.evaluate(() => {
        const read = (id: string) => {
          const style = getComputedStyle(document.getElementById(id)!);
          return { padding: style.paddingLeft, background: style.backgroundColor };
        };
        return { token: read("token"), button: read("default"), product: read("product") };
      });
      expect(computed.token.background).not.toBe("rgba(0, 0, 0, 0)");
      expect(computed.button).toEqual(computed.token);
      expect(computed.product).toEqual({ padding: "40px", background: "rgb(0, 0, 0)" });
    } finally {
      await page.close();
    }
  });
});

describe("components measure the same in every set-up", () => {
  // A page without any reset or Tailwind: what Storybook's preview (and a plain product) has.
  const reference = () => measure([readFileSync(layeredCss, "utf8")]);

  it.each(Object.entries(setups))("%s", async (_name, stylesheets) => {
    const expected = await reference();
    const { "toast-viewport": viewport, "select-check": check, "select-list": list } = expected;
    expect(viewport?.right, "toasts stay inside the window").toBeLessThanOrEqual(800);
    expect(check?.right).toBeLessThanOrEqual(list?.right ?? 0);
    expect(await measure(await stylesheets())).toEqual(expected);
  });
});
