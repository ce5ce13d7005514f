// @vitest-environment node
// A product's className beats the component's own classes by the cascade alone (no
// tailwind-merge), in the four ways products load @nexod/ui. Real Chromium, real Tailwind.
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
