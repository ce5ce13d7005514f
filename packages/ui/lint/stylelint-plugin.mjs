// Stylelint rules for the component stylesheets that stock rules cannot express: every selector
// starts at a Nexod class, and `@apply` uses logical (direction-aware) utilities, tokens, and no
// state variants (states are attribute selectors).
import stylelint from "stylelint";

const {
  createPlugin,
  utils: { report, ruleMessages },
} = stylelint;

/** Physical utility (without the nx: prefix and variants) → its logical replacement. */
const physicalUtilities = [
  [/^(-?)ml-/, "$1ms-"],
  [/^(-?)mr-/, "$1me-"],
  [/^pl-/, "ps-"],
  [/^pr-/, "pe-"],
  [/^(-?)left-/, "$1start-"],
  [/^(-?)right-/, "$1end-"],
  [/^scroll-ml-/, "scroll-ms-"],
  [/^scroll-mr-/, "scroll-me-"],
  [/^scroll-pl-/, "scroll-ps-"],
  [/^scroll-pr-/, "scroll-pe-"],
  [/^rounded-l(?=-|$)/, "rounded-s"],
  [/^rounded-r(?=-|$)/, "rounded-e"],
  [/^rounded-tl(?=-|$)/, "rounded-ss"],
  [/^rounded-tr(?=-|$)/, "rounded-se"],
  [/^rounded-bl(?=-|$)/, "rounded-es"],
  [/^rounded-br(?=-|$)/, "rounded-ee"],
  [/^border-l(?=-|$)/, "border-s"],
  [/^border-r(?=-|$)/, "border-e"],
  [/^text-left$/, "text-start"],
  [/^text-right$/, "text-end"],
  [/^float-left$/, "float-start"],
  [/^float-right$/, "float-end"],
  [/^clear-left$/, "clear-start"],
  [/^clear-right$/, "clear-end"],
];

/** `nx:hover:pl-2!` → `pl-2` (variants, prefix and important marker stripped). */
function utilityName(candidate) {
  return candidate.split(":").at(-1).replace(/^!|!$/g, "");
}

const logicalName = "nexod/logical-utilities";
const logicalMessages = ruleMessages(logicalName, {
  physical: (found, replacement) =>
    `Use "${replacement}" instead of "${found}": logical utilities follow the text direction (right-to-left too)`,
});

const logicalUtilities = createPlugin(logicalName, (enabled) => (root, result) => {
  if (!enabled) return;
  root.walkAtRules("apply", (atRule) => {
    const candidates = atRule.params.split(/\s+/).filter(Boolean);
    // `left-1/2` with `-translate-x-1/2` centres the element, which is the same in both directions.
    const centred = candidates.some((candidate) => utilityName(candidate) === "-translate-x-1/2");
    for (const candidate of candidates) {
      const utility = utilityName(candidate);
      if (centred && utility === "left-1/2") continue;
      const match = physicalUtilities.find(([pattern]) => pattern.test(utility));
      if (!match) continue;
      const replacement = candidate.replace(utility, utility.replace(match[0], match[1]));
      report({
        result,
        ruleName: logicalName,
        message: logicalMessages.physical(candidate, replacement),
        node: atRule,
        word: candidate,
      });
    }
  });
});

const scopedName = "nexod/selector-scoped";
const scopedMessages = ruleMessages(scopedName, {
  unscoped: (selector) =>
    `"${selector}" must start at a Nexod class (.nx-…): the stylesheet may style only elements that carry one or sit inside one`,
});
// css/reset.css matches every Nexod element by its class prefix (zero specificity).
const scopedSelector = /^(?:&|(?::is\(|:where\()*(?:\.nx-|\[class[\^*]="\s?nx-"\]))/;

const selectorScoped = createPlugin(scopedName, (enabled) => (root, result) => {
  if (!enabled) return;
  root.walkRules((rule) => {
    if (rule.parent?.type === "atrule" && /keyframes$/i.test(rule.parent.name)) return;
    for (const selector of rule.selectors) {
      if (scopedSelector.test(selector.trim())) continue;
      report({
        result,
        ruleName: scopedName,
        message: scopedMessages.unscoped(selector.trim()),
        node: rule,
        word: selector.trim(),
      });
    }
  });
});

const tokensName = "nexod/apply-tokens-only";
const tokensMessages = ruleMessages(tokensName, {
  rawColour: (candidate) =>
    `"${candidate}" holds a raw colour: use a colour token (nx:bg-primary, nx:text-muted-foreground…)`,
});
const rawColour = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;

const applyTokensOnly = createPlugin(tokensName, (enabled) => (root, result) => {
  if (!enabled) return;
  root.walkAtRules("apply", (atRule) => {
    for (const candidate of atRule.params.split(/\s+/)) {
      if (!/\[.*\]/.test(candidate) || !rawColour.test(candidate)) continue;
      report({
        result,
        ruleName: tokensName,
        message: tokensMessages.rawColour(candidate),
        node: atRule,
        word: candidate,
      });
    }
  });
});

const statesName = "nexod/state-selectors";
const statesMessages = ruleMessages(statesName, {
  variant: (candidate) =>
    `"${candidate}" reads a state through a Tailwind variant: write it as an attribute selector on the rule (.nx-x[data-state="open"] { … })`,
});
// data-[…]:, aria-…:, disabled:, checked:, open: and friends; hover:, focus-visible: and
// motion-safe: stay variants (a selector cannot say "when the user allows motion").
const stateVariant =
  /(?:^|:)(?:data-|aria-|group-data-|peer-data-|disabled:|enabled:|checked:|open:|invalid:)/;

const stateSelectors = createPlugin(statesName, (enabled) => (root, result) => {
  if (!enabled) return;
  root.walkAtRules("apply", (atRule) => {
    for (const candidate of atRule.params.split(/\s+/).filter(Boolean)) {
      const variants = candidate.split(":").slice(1, -1).join(":") + ":";
      if (!stateVariant.test(variants)) continue;
      report({
        result,
        ruleName: statesName,
        message: statesMessages.variant(candidate),
        node: atRule,
        word: candidate,
      });
    }
  });
});

export default [logicalUtilities, selectorScoped, applyTokensOnly, stateSelectors];
