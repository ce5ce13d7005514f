// @vitest-environment node
// The rewrites of scripts/css-simplify.mjs, one case each: what is rewritten, and what must be
// left alone because another rule could change the value.
import { describe, expect, it } from "vitest";
import { simplify } from "../scripts/css-simplify.mjs";

const layered = (css: string) => simplify(css, { file: "test.css", layered: true });
const unlayered = (css: string) => simplify(css, { file: "test.css", layered: false });

const stack =
  "var(--tw-inset-shadow), var(--tw-inset-ring-shadow), var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)";
const numeric =
  "var(--tw-ordinal, ) var(--tw-slashed-zero, ) var(--tw-numeric-figure, ) var(--tw-numeric-spacing, ) var(--tw-numeric-fraction, )";
const registration = (name: string) =>
  `@property ${name}{syntax:"*";inherits:false;initial-value:0 0 #0000}`;

describe("simplify", () => {
  it("replaces the shadow stack by the rule's own shadow, keeping --tw-shadow for products", () => {
    const css = `.nx-a{--tw-shadow:var(--nx-shadow-md);box-shadow:${stack}}`;
    expect(layered(css)).toBe(
      ".nx-a{--tw-shadow:var(--nx-shadow-md);box-shadow:var(--nx-shadow-md)}",
    );
  });

  it("keeps the shadow stack when a Nexod rule sets a ring", () => {
    const css = `.nx-a{--tw-shadow:var(--nx-shadow-md);box-shadow:${stack}}.nx-b{--tw-ring-shadow:0 0 0 2px red}`;
    expect(layered(css)).toBe(css);
  });

  it("rewrites only single-class rules in the unlayered file", () => {
    const css = `.nx-a .nx-b{--tw-shadow:var(--nx-shadow-md);box-shadow:${stack}}`;
    expect(unlayered(css)).toBe(css);
    expect(layered(css)).toContain("box-shadow:var(--nx-shadow-md)");
  });

  it("replaces the numeric stack by the rule's own figure spacing", () => {
    const css = `.nx-a{--tw-numeric-spacing:tabular-nums;font-variant-numeric:${numeric}}`;
    expect(layered(css)).toBe(
      ".nx-a{--tw-numeric-spacing:tabular-nums;font-variant-numeric:tabular-nums}",
    );
  });

  it("drops a declaration the same rule overrides", () => {
    const css =
      ".nx-a{transition-duration:var(--tw-duration,var(--nx-duration-fast));--tw-duration:var(--nx-duration-normal);transition-duration:var(--nx-duration-normal)}";
    expect(layered(css)).toBe(
      ".nx-a{--tw-duration:var(--nx-duration-normal);transition-duration:var(--nx-duration-normal)}",
    );
  });

  it("keeps a repeated plain declaration (a fallback for older browsers)", () => {
    const css = ".nx-a{height:100vh;height:100dvh}";
    expect(layered(css)).toBe(css);
  });

  it("inlines a --tw-* fallback no rule sets otherwise, and keeps one that a rule changes", () => {
    const css =
      ".nx-a{letter-spacing:var(--tw-tracking,var(--nx-text-body-letter-spacing));transition-duration:var(--tw-duration,var(--nx-duration-fast))}.nx-b{--tw-duration:var(--nx-duration-normal);transition-duration:var(--nx-duration-normal)}";
    expect(layered(css)).toBe(
      ".nx-a{letter-spacing:var(--nx-text-body-letter-spacing);transition-duration:var(--tw-duration,var(--nx-duration-fast))}.nx-b{--tw-duration:var(--nx-duration-normal);transition-duration:var(--nx-duration-normal)}",
    );
  });

  it("drops @property registrations nothing reads or writes, and keeps the others", () => {
    const css = `${registration("--tw-ring-shadow")}${registration("--tw-shadow")}.nx-a{--tw-shadow:var(--nx-shadow-md);box-shadow:${stack}}`;
    const out = layered(css);
    expect(out).not.toContain("@property --tw-ring-shadow");
    expect(out).toContain("@property --tw-shadow");
  });
});
