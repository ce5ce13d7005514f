// ESLint rules local to @nexod/ui (products do not write `nx:` utilities, so the rule is not in
// @nexod/eslint-config).

const utility = /(?:^|\s)(nx:[a-z][^\s"'`]*)/;

/** @type {import("eslint").Rule.RuleModule} */
const noUtilityClasses = {
  meta: {
    type: "problem",
    docs: {
      description:
        "Disallow `nx:` Tailwind utilities in component code: only the component CSS files are compiled, so a utility in TSX ships unstyled",
    },
    schema: [],
    messages: {
      utility:
        "`{{ utility }}` is never compiled: write it in the component's .css file (`@apply {{ utility }}` on an .nx- class) and use that class here.",
    },
  },
  create(context) {
    function check(node, text) {
      const match = utility.exec(text);
      if (match) context.report({ node, messageId: "utility", data: { utility: match[1] } });
    }
    return {
      Literal(node) {
        if (typeof node.value === "string") check(node, node.value);
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? node.value.raw);
      },
      JSXText(node) {
        check(node, node.value);
      },
    };
  },
};

export default {
  meta: { name: "@nexod/ui-local" },
  rules: { "no-utility-classes": noUtilityClasses },
};
