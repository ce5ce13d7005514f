import { describe, expect, it } from "vitest";
import { contrastRatio, parseColor } from "../src/check/color";
import { figmaColorToHex, tokenTypeFor } from "../src/figma/figma-values";
import { normaliseSegment, tokenPathFor } from "../src/figma/names";
import { serializeTokenTree } from "../src/io/serialize";

describe("Figma names → token paths", () => {
  it.each([
    ["Background", "background"],
    ["Surface Raised", "surface-raised"],
    ["  Surface   Raised  ", "surface-raised"],
    ["focusRing", "focus-ring"],
    ["font_size", "font-size"],
    ["0_5", "0_5"],
    ["1,5", "1_5"],
    ["2XL", "2xl"],
    ["Brand (old)", "brand-old"],
  ])("%s → %s", (segment, expected) => {
    expect(normaliseSegment(segment)).toBe(expected);
  });

  it("splits on / and rejects names DTCG cannot hold", () => {
    expect(tokenPathFor("Background/Surface Raised", "x")).toEqual([
      "background",
      "surface-raised",
    ]);
    expect(() => tokenPathFor("Color/$private", "Figma variable")).toThrow(
      /"\$private" cannot become a token name/,
    );
    expect(() => tokenPathFor("Color//Red", "Figma variable")).toThrow(/empty segment/);
  });
});

describe("Figma values", () => {
  it("rounds colour channels instead of truncating and keeps alpha only when translucent", () => {
    expect(figmaColorToHex({ r: Math.fround(0.2345), g: 0, b: 1, a: 1 })).toBe("#3c00ff");
    expect(figmaColorToHex({ r: 0, g: 0, b: 0, a: Math.fround(0.6) })).toBe("#00000099");
    expect(figmaColorToHex({ r: 1, g: 1, b: 1 })).toBe("#ffffff");
  });

  it("types FLOAT variables by scope", () => {
    const float = (scopes: string[]) => tokenTypeFor({ resolvedType: "FLOAT", scopes } as never);
    expect(float(["GAP"])).toBe("dimension");
    expect(float(["ALL_SCOPES"])).toBe("dimension");
    expect(float(["FONT_WEIGHT"])).toBe("fontWeight");
    expect(float(["OPACITY"])).toBe("number");
    expect(float(["LINE_HEIGHT"])).toBe("number");
    expect(tokenTypeFor({ resolvedType: "STRING", scopes: ["FONT_FAMILY"] } as never)).toBe(
      "fontFamily",
    );
  });
});

describe("contrast", () => {
  it("matches WCAG's reference values", () => {
    const ratio = (a: string, b: string) => contrastRatio(parseColor(a)!, parseColor(b)!);
    expect(ratio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(ratio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(ratio("#ffffff", "#ffffff")).toBe(1);
  });
});

describe("token file serialisation", () => {
  it("orders keys naturally (0, 0_5, 1, …, px) with $-keys first and a trailing newline", () => {
    const tree = {
      spacing: {
        px: { $value: 1 },
        "4": { $value: 4 },
        "0_5": { $value: 0.5 },
        "0": { $value: 0 },
      },
      $extensions: { note: true },
    };
    const text = serializeTokenTree(tree);
    expect(text.endsWith("}\n")).toBe(true);
    const keys = [...text.matchAll(/^ {4}"([^"]+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual(["note", "0", "0_5", "4", "px"]);
    expect(text.indexOf("$extensions")).toBeLessThan(text.indexOf("spacing"));
  });
});
