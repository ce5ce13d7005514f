// The stylesheet rules (stylelint.config.mjs), on small stylesheets that break one rule each.
import path from "node:path";
import stylelint from "stylelint";
import { describe, expect, it } from "vitest";

const configFile = path.resolve(import.meta.dirname, "../stylelint.config.mjs");

async function problems(code: string) {
  const { results } = await stylelint.lint({
    code,
    codeFilename: path.resolve(import.meta.dirname, "../src/components/example/example.css"),
    configFile,
  });
  return (results[0]?.warnings ?? []).map(({ rule, text }) => ({ rule, text }));
}

async function rulesBroken(code: string) {
  return [...new Set((await problems(code)).map(({ rule }) => rule))].sort();
}

describe("stylelint config", () => {
  it("accepts a component stylesheet written the documented way", async () => {
    const code = [
      ".nx-example {",
      "  @apply nx:inline-flex nx:rounded-md nx:ps-2 nx:pe-4 nx:bg-primary nx:text-start;",
      "}",
      ".nx-example--sm { @apply nx:gap-1; }",
      '.nx-example[data-state="open"] .nx-example__icon { color: var(--nx-color-primary); }',
      ".nx-example-item svg { @apply nx:size-4; }",
      ".nx-toast { @apply nx:left-1/2 nx:-translate-x-1/2; }",
      "",
    ].join("\n");
    expect(await problems(code)).toEqual([]);
  });

  it.each([
    [".card { opacity: 1; }", ["nexod/selector-scoped", "selector-class-pattern"]],
    [".nx-Card { opacity: 1; }", ["selector-class-pattern"]],
    ["button.nx-card { opacity: 1; }", ["nexod/selector-scoped", "selector-max-type"]],
    [".nx-card * { opacity: 1; }", ["selector-max-universal"]],
    ["#main .nx-card { opacity: 1; }", ["nexod/selector-scoped", "selector-max-id"]],
    ["[data-state] .nx-card { opacity: 1; }", ["nexod/selector-scoped"]],
    [".nx-input:disabled ~ .nx-label { opacity: 1; }", ["selector-combinator-disallowed-list"]],
    [".nx-checkbox + .nx-label { opacity: 1; }", ["selector-combinator-disallowed-list"]],
    [".nx-card { color: #fff; }", ["color-no-hex"]],
    [".nx-card { color: red; }", ["color-named"]],
    [".nx-card { color: oklch(0.5 0.1 200); }", ["function-disallowed-list"]],
    [".nx-card { @apply nx:bg-[#0af]; }", ["nexod/apply-tokens-only"]],
    [".nx-card { margin-left: 0; }", ["logical-css/require-logical-properties"]],
    [".nx-card { text-align: right; }", ["logical-css/require-logical-keywords"]],
    [".nx-card { @apply nx:pl-2; }", ["nexod/logical-utilities"]],
    [".nx-card { @apply nx:data-[state=open]:opacity-100; }", ["nexod/state-selectors"]],
    [
      ".nx-card { @apply nx:motion-safe:data-[state=open]:animate-fade-in; }",
      ["nexod/state-selectors"],
    ],
    [".nx-card { @apply nx:aria-disabled:cursor-not-allowed; }", ["nexod/state-selectors"]],
    [".nx-card { @apply nx:disabled:opacity-50; }", ["nexod/state-selectors"]],
    ["@tailwind utilities;", ["at-rule-no-unknown"]],
  ])("flags %s", async (code, rules) => {
    expect(await rulesBroken(code)).toEqual(rules);
  });

  it.each([
    ["nx:pl-2", "nx:ps-2"],
    ["nx:hover:-mr-1", "nx:hover:-me-1"],
    ["nx:right-4", "nx:end-4"],
    ["nx:rounded-l-md", "nx:rounded-s-md"],
    ["nx:rounded-tr", "nx:rounded-se"],
    ["nx:border-l-2", "nx:border-s-2"],
    ["nx:text-left", "nx:text-start"],
  ])("names the logical replacement of %s", async (physical, logical) => {
    const [problem] = await problems(`.nx-card { @apply ${physical}; }`);
    expect(problem?.text).toContain(`Use "${logical}" instead of "${physical}"`);
  });

  it.each([
    "nx:rounded-lg",
    "nx:border-ring",
    "nx:left-1/2 nx:-translate-x-1/2",
    "nx:inset-x-0",
    "nx:hover:bg-muted nx:motion-safe:animate-spin nx:focus-visible:underline",
  ])("leaves %s alone", async (utilities) => {
    expect(await problems(`.nx-card { @apply ${utilities}; }`)).toEqual([]);
  });
});
