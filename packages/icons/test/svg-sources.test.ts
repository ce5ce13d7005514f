import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as icons from "../src/index";
import { iconFileNames } from "../tools/generate.ts";
import { componentName } from "../tools/names.ts";
import { cleanSvg, IconSourceError } from "../tools/svg-clean.ts";

const svgDir = path.resolve(import.meta.dirname, "../svg");
const names = await iconFileNames(svgDir);
const sources = await Promise.all(
  names.map(
    async (name) => [name, await readFile(path.join(svgDir, `${name}.svg`), "utf8")] as const,
  ),
);

describe("svg/", () => {
  it("holds the icons products and @nexod/ui need", () => {
    expect(names.length).toBeGreaterThanOrEqual(80);
    for (const needed of [
      "chevron-down",
      "chevron-up",
      "chevron-left",
      "chevron-right",
      "check",
      "minus",
      "x",
      "dot",
      "loader",
      "search",
      "alert-triangle",
      "info",
      "file",
      "folder",
      "user",
    ]) {
      expect(names).toContain(needed);
    }
  });

  it.each(sources)(
    "%s.svg is in canonical form (run `pnpm --filter @nexod/icons svg:tidy`)",
    (name, text) => {
      expect(cleanSvg(text, `svg/${name}.svg`)).toBe(text);
    },
  );

  it.each(sources)("%s.svg is a safe 24×24 icon in currentColor", (_name, text) => {
    expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* viewBox="0 0 24 24">/);
    for (const [, value] of text.matchAll(/\b(?:fill|stroke)="([^"]*)"/g)) {
      expect(["none", "currentColor"]).toContain(value);
    }
    expect(text).not.toMatch(/<(script|style|foreignObject|image|use|a)\b/i);
    expect(text).not.toMatch(/\son\w+=|href=|url\(/i);
  });

  it("becomes exactly one exported component per file", () => {
    expect(Object.keys(icons).sort()).toEqual(names.map(componentName).sort());
  });
});

const figmaExport = `<svg width="24" height="24" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg">
<g clip-path="url(#clip0_1_2)">
<path d="M5 12H19" stroke="#0F172A" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
<circle cx="12" cy="12" r="3" fill="#0F172A"/>
</g>
<defs>
<clipPath id="clip0_1_2">
<rect width="24" height="24" fill="white"/>
</clipPath>
</defs>
</svg>`;

describe("cleanSvg", () => {
  it("turns a Figma export into a currentColor icon without the frame's clip path", () => {
    const clean = cleanSvg(figmaExport, "Icon/Minus");
    expect(clean).not.toMatch(/clip|defs|#0F172A|white|width="24"/i);
    expect(clean).toContain('stroke="currentColor"');
    expect(clean).toContain('fill="currentColor"');
    expect(clean).toContain('viewBox="0 0 24 24"');
    expect(cleanSvg(clean, "again")).toBe(clean);
  });

  it.each([
    ["a script", "<script>alert(1)</script>", "<script> is not allowed"],
    ["an event handler", '<path d="M0 0h1" onclick="alert(1)"/>', "event handler (onclick)"],
    ["an external link", '<use href="https://evil.example/x.svg#a"/>', "<use> is not allowed"],
    ["a linked image", '<image href="https://evil.example/x.png"/>', "<image> is not allowed"],
    ["a gradient", '<path d="M0 0h1" fill="url(#g)"/>', "gradient or pattern"],
    ["a style attribute", '<path d="M0 0h1" style="fill:red"/>', "attribute style"],
    ["foreign content", "<foreignObject><div/></foreignObject>", "<foreignObject> is not allowed"],
  ])("refuses %s, naming the icon", (_what, inner, message) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${inner}</svg>`;
    expect(() => cleanSvg(svg, "Icon/Bad")).toThrow(IconSourceError);
    expect(() => cleanSvg(svg, "Icon/Bad")).toThrow(/Icon\/Bad cannot become an icon/);
    expect(() => cleanSvg(svg, "Icon/Bad")).toThrow(message);
  });

  it("refuses a frame that is not 24×24", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M1 1h4"/></svg>';
    expect(() => cleanSvg(svg, "Icon/Small")).toThrow(/frame is 0 0 16 16.*24×24/);
  });

  it("refuses what is not SVG", () => {
    expect(() => cleanSvg("<svg><path", "Icon/Broken")).toThrow(/Icon\/Broken is not valid SVG/);
  });
});
