// Rules for the component stylesheets (src/**/*.css), run by `pnpm lint`. What they enforce and
// why: CONTRIBUTING.md, "Styles". The compiled dist/ files are checked by test/css.test.ts.

/** BEM-style Nexod classes: .nx-block, .nx-block-part, __element, --modifier (kebab-case). */
const word = "[a-z0-9]+(?:-[a-z0-9]+)*";
const nexodClass = `^nx-${word}(?:__${word})?(?:--${word})?$`;

/** @type {import("stylelint").Config} */
export default {
  plugins: ["stylelint-plugin-logical-css", "./lint/stylelint-plugin.mjs"],
  // base.css is the opt-in page default for products without a reset (html, *): not a component.
  ignoreFiles: ["dist/**", "src/components.css", "src/base.css"],
  reportNeedlessDisables: true,
  reportInvalidScopeDisables: true,
  reportDescriptionlessDisables: true,
  rules: {
    // Tailwind 4's at-rules; anything else is a typo.
    "at-rule-no-unknown": [
      true,
      {
        ignoreAtRules: [
          "apply",
          "theme",
          "source",
          "utility",
          "variant",
          "custom-variant",
          "reference",
        ],
      },
    ],
    "block-no-empty": true,
    "declaration-block-no-duplicate-properties": true,
    "declaration-no-important": true,
    "no-invalid-position-at-import-rule": true,

    // Only Nexod classes, never ids or `*`: the stylesheet must not reach a product's own
    // markup. An element selector is allowed only below a Nexod class, for what a product passes
    // in as children (`.nx-tabs-trigger svg` sizes the product's icon).
    "selector-class-pattern": [
      nexodClass,
      {
        message: (selector) =>
          `Expected class "${selector}" to be a Nexod class: .nx-<component>[-<part>][__<element>][--<variant>] in kebab-case`,
      },
    ],
    "selector-max-type": [0, { ignore: ["child", "descendant"] }],
    "selector-max-universal": 0,
    "selector-max-id": 0,
    "nexod/selector-scoped": true,
    // A part is styled from its own state attributes, never from a sibling's: `~` and `+` tie a
    // part's look to the markup around it (a Label after a disabled Input), which a product's
    // layout breaks. The part takes the state as a prop and sets `data-*` itself.
    "selector-combinator-disallowed-list": [
      ["~", "+"],
      {
        message: (combinator) =>
          `Unexpected sibling combinator "${combinator}": style a part from its own state attributes (data-disabled, data-state), set from a prop`,
      },
    ],

    // Colours come from tokens (var(--nx-…) or nx: utilities), never literals.
    "color-no-hex": true,
    "color-named": "never",
    "function-disallowed-list": [
      "rgb",
      "rgba",
      "hsl",
      "hsla",
      "hwb",
      "lab",
      "lch",
      "oklab",
      "oklch",
      "color",
    ],
    "nexod/apply-tokens-only": true,
    // One way to write a state: an attribute selector on the rule, not a variant in @apply.
    "nexod/state-selectors": true,

    // Logical properties and utilities, so components work right-to-left.
    "logical-css/require-logical-properties": true,
    "logical-css/require-logical-keywords": true,
    "nexod/logical-utilities": true,
  },
};
