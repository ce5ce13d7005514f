import { readFile } from "node:fs/promises";
import * as React from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import * as icons from "../src/index";
import { SearchIcon } from "../src/index";
import { iconSizes } from "../src/generated/icon-sizes";
import { SIZE_TOKENS } from "../tools/generate.ts";

const components = Object.entries(icons) as [string, typeof SearchIcon][];

describe("every icon", () => {
  it.each(components)("%s renders on the server as a decorative 20px svg", (name, Icon) => {
    const html = renderToString(<Icon />);
    expect(html).toMatch(/^<svg [^>]*viewBox="0 0 24 24"/);
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('data-slot="icon"');
    expect(html).toContain('width="20" height="20"');
    expect(html).toMatch(/<(path|circle|rect|line|polyline|polygon|ellipse|g)\b/);
    expect(html).not.toContain('role="img"');
    expect(Icon.displayName ?? (Icon as unknown as { render: { name: string } }).render.name).toBe(
      name,
    );
  });
});

describe("accessibility", () => {
  it("is hidden from assistive technology without a label", () => {
    expect(renderToStaticMarkup(<SearchIcon />)).toContain('aria-hidden="true"');
  });

  it("becomes an image named by its title", () => {
    const html = renderToStaticMarkup(<SearchIcon title="Search" />);
    expect(html).toContain('role="img"');
    expect(html).not.toContain("aria-hidden");
    expect(html).toMatch(/^<svg[^>]*><title>Search<\/title>/);
  });

  it("becomes an image named by aria-label or aria-labelledby", () => {
    for (const html of [
      renderToStaticMarkup(<SearchIcon aria-label="Search" />),
      renderToStaticMarkup(<SearchIcon aria-labelledby="search-label" />),
    ]) {
      expect(html).toContain('role="img"');
      expect(html).not.toContain("aria-hidden");
    }
  });

  it("lets the caller decide aria-hidden and role", () => {
    const html = renderToStaticMarkup(<SearchIcon aria-hidden={false} role="presentation" />);
    expect(html).toContain('aria-hidden="false"');
    expect(html).toContain('role="presentation"');
  });
});

describe("size", () => {
  it.each([
    ["sm", 16],
    ["md", 20],
    ["lg", 24],
  ] as const)("%s is %ipx wide and high", (size, pixels) => {
    const html = renderToStaticMarkup(<SearchIcon size={size} />);
    expect(html).toContain(`width="${pixels}" height="${pixels}"`);
    expect(html).toContain(`data-size="${size}"`);
  });

  it("comes from the spacing tokens of @nexod/tokens", async () => {
    const data = JSON.parse(
      await readFile(new URL(import.meta.resolve("@nexod/tokens/tokens.json")), "utf8"),
    ) as { tokens: Record<string, { value: string }> };
    for (const [size, token] of Object.entries(SIZE_TOKENS)) {
      const rem = Number.parseFloat(data.tokens[token]!.value);
      expect(iconSizes[size as keyof typeof iconSizes], token).toBe(rem * 16);
    }
  });

  it("falls back to md for an unknown size", () => {
    const html = renderToStaticMarkup(<SearchIcon size={"xl" as "md"} />);
    expect(html).toContain('width="20" height="20"');
  });
});

describe("props", () => {
  it("draws with currentColor and takes className, style and any SVG attribute", () => {
    const html = renderToStaticMarkup(
      <SearchIcon
        className="product-icon"
        style={{ color: "red" }}
        strokeWidth={1.5}
        data-testid="search"
        width={32}
      />,
    );
    expect(html).toContain('stroke="currentColor"');
    expect(html).toContain('class="product-icon"');
    expect(html).toContain('style="color:red"');
    expect(html).toContain('stroke-width="1.5"');
    expect(html).toContain('data-testid="search"');
    expect(html).toContain('width="32"');
  });

  it("fills the icons drawn as filled shapes", () => {
    const html = renderToStaticMarkup(<icons.DotIcon />);
    expect(html).toContain('fill="currentColor"');
    expect(html).not.toContain("stroke=");
  });
});
