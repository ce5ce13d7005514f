import { describe, expect, it } from "vitest";
import { composite, contrastRatio, formatRatio, parseColor, wcagLevel } from "./contrast.ts";

describe("contrast", () => {
  it("parses hex and rgb colours", () => {
    expect(parseColor("#fff")).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor("#00000080")).toMatchObject({ r: 0, g: 0, b: 0 });
    expect(parseColor("#00000080").a).toBeCloseTo(0.502, 3);
    expect(parseColor("rgba(10, 20, 30, 0.5)")).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(() => parseColor("oklch(0.5 0.1 200)")).toThrow(/Unsupported/);
  });

  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 is the lightest grey with AA on white; #777777 just misses it.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
    expect(formatRatio(4.4999)).toBe("4.49:1");
  });

  it("composites translucent colours over the page", () => {
    expect(composite(parseColor("#00000080"), parseColor("#ffffff")).r).toBeCloseTo(127, 0);
    // White text on a 50% black scrim over white is roughly 4:1, not 21:1.
    expect(contrastRatio("#ffffff", "#00000080", "#ffffff")).toBeCloseTo(4, 1);
  });

  it("grades ratios", () => {
    expect(wcagLevel(7.1)).toBe("AAA");
    expect(wcagLevel(4.5)).toBe("AA");
    expect(wcagLevel(3.2)).toBe("AA large");
    expect(wcagLevel(2)).toBe("fail");
  });
});
