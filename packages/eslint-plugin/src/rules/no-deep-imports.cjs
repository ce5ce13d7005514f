"use strict";

const DEEP = /^@nexod\/([a-z0-9-]+)\/(?:src|dist|lib)(?:\/(.*))?$/;

/** The public entry point for a deep path, where it is certain; else the package root. */
function publicPath(pkg, rest = "") {
  const file = rest.replace(/\.(?:m?js|tsx?|d\.ts)$/, "").replace(/\/index$/, "");
  if (/\.css$/.test(rest)) return `@nexod/${pkg}/${rest.split("/").pop()}`;
  const component = pkg === "ui" && /^components\/([a-z0-9-]+)(?:\/|$)/.exec(file);
  if (component) return `@nexod/ui/${component[1]}`;
  return `@nexod/${pkg}`;
}

/** @type {import("eslint").Rule.RuleModule} */
module.exports = {
  meta: {
    type: "problem",
    fixable: "code",
    docs: {
      description:
        "Import Nexod packages through their public entry points (`@nexod/ui`, `@nexod/ui/button`), never from src/ or dist/",
      url: "https://github.com/nexod/design-system/tree/main/packages/eslint-plugin#no-deep-imports",
    },
    schema: [],
    messages: {
      deep: "`{{ path }}` reaches into the package's files, which change without notice between versions: import from `{{ replacement }}`.",
    },
  },
  create(context) {
    function check(node) {
      if (!node || node.type !== "Literal" || typeof node.value !== "string") return;
      const match = DEEP.exec(node.value);
      if (!match) return;
      const replacement = publicPath(match[1], match[2]);
      const quote = (context.sourceCode ?? context.getSourceCode()).getText(node)[0];
      context.report({
        node,
        messageId: "deep",
        data: { path: node.value, replacement },
        fix: (fixer) => fixer.replaceText(node, `${quote}${replacement}${quote}`),
      });
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression(node) {
        if (node.callee.type === "Identifier" && node.callee.name === "require")
          check(node.arguments[0]);
      },
    };
  },
};
