"use strict";
// Finds the class-name strings of a file: `className`/`class` attributes and the arguments of
// class helpers (`cn`, `cx`, `clsx`, `cva`, `twMerge`…), including conditionals, arrays and
// object keys (`clsx({ "bg-red-500": danger })`) and cva's variant objects.

const DEFAULT_CALLEES = [
  "cn",
  "cx",
  "clsx",
  "classnames",
  "classNames",
  "cva",
  "twMerge",
  "twJoin",
  "tv",
];

/**
 * Calls `onString(node, text, offset)` for every string literal or template chunk that holds
 * class names; `offset` is where `text` starts in the source (undefined when the literal has
 * escapes, so a fix could not map positions back).
 */
function classStringVisitor(context, onString, options = {}) {
  const callees = new Set(options.callees ?? DEFAULT_CALLEES);
  const attributes = new Set(options.attributes ?? ["className", "class"]);
  const sourceCode = context.sourceCode ?? context.getSourceCode();

  function visit(node) {
    if (!node) return;
    switch (node.type) {
      case "Literal":
        if (typeof node.value === "string") {
          const raw = sourceCode.getText(node);
          const exact = raw.slice(1, -1) === node.value;
          onString(node, node.value, exact ? node.range[0] + 1 : undefined);
        }
        return;
      case "TemplateLiteral":
        for (const quasi of node.quasis) {
          const cooked = quasi.value.cooked ?? "";
          // The chunk's range includes its delimiters (` or } before, ` or ${ after).
          const exact = quasi.value.raw === cooked;
          onString(quasi, cooked, exact ? quasi.range[0] + 1 : undefined);
        }
        node.expressions.forEach(visit);
        return;
      case "JSXExpressionContainer":
        visit(node.expression);
        return;
      case "ConditionalExpression":
        visit(node.consequent);
        visit(node.alternate);
        return;
      case "LogicalExpression":
        visit(node.right);
        if (node.operator !== "&&") visit(node.left);
        return;
      case "BinaryExpression":
        if (node.operator === "+") {
          visit(node.left);
          visit(node.right);
        }
        return;
      case "ArrayExpression":
        node.elements.forEach(visit);
        return;
      case "ObjectExpression":
        for (const property of node.properties) {
          if (property.type !== "Property") continue;
          // clsx({ "bg-red-500": danger }) holds classes in keys; cva({ variants }) in values.
          if (property.key.type === "Literal") visit(property.key);
          visit(property.value);
        }
        return;
      case "CallExpression":
        if (isClassHelper(node)) node.arguments.forEach(visit);
        return;
      case "TaggedTemplateExpression":
        visit(node.quasi);
        return;
      case "TSAsExpression":
      case "TSSatisfiesExpression":
        visit(node.expression);
        return;
      default:
    }
  }

  function isClassHelper(call) {
    const callee = call.callee;
    if (callee.type === "Identifier") return callees.has(callee.name);
    if (callee.type === "MemberExpression" && callee.property.type === "Identifier")
      return callees.has(callee.property.name);
    return false;
  }

  return {
    JSXAttribute(node) {
      if (node.name.type === "JSXIdentifier" && attributes.has(node.name.name)) visit(node.value);
    },
    CallExpression(node) {
      // Nested helper calls inside a className are reached from the attribute already.
      const parent = node.parent;
      if (!isClassHelper(node)) return;
      if (parent && (parent.type === "JSXExpressionContainer" || parent.type === "CallExpression"))
        return;
      node.arguments.forEach(visit);
    },
  };
}

/** Splits a class string into tokens with their offsets. */
function classTokens(text) {
  const tokens = [];
  const pattern = /\S+/g;
  let match;
  while ((match = pattern.exec(text))) tokens.push({ value: match[0], index: match.index });
  return tokens;
}

/**
 * Splits `md:hover:!-bg-red-500/50` into its variant prefix (`md:hover:`), important/negative
 * marks and the utility (`bg-red-500/50`). Colons inside `[...]` belong to arbitrary values.
 */
function parseClass(token) {
  let depth = 0;
  let lastColon = -1;
  for (let i = 0; i < token.length; i++) {
    const char = token[i];
    if (char === "[") depth++;
    else if (char === "]") depth--;
    else if (char === ":" && depth === 0) lastColon = i;
  }
  const prefix = token.slice(0, lastColon + 1);
  let utility = token.slice(lastColon + 1);
  let marks = "";
  while (utility.startsWith("!") || utility.startsWith("-")) {
    marks += utility[0];
    utility = utility.slice(1);
  }
  if (utility.endsWith("!")) utility = utility.slice(0, -1);
  return { prefix, marks, utility };
}

module.exports = { classStringVisitor, classTokens, parseClass, DEFAULT_CALLEES };
