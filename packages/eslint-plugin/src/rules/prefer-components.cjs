"use strict";

/**
 * Native elements with a Nexod component. `rename`: the component takes the element's props,
 * so renaming the tag (and importing it) is a safe suggestion; otherwise the component is
 * built from parts and the message says which.
 */
const ELEMENTS = {
  button: { component: "Button", rename: true },
  textarea: { component: "Textarea", rename: true },
  select: { component: "NativeSelect", rename: true, also: "or `Select` for a styled list" },
  input: { component: "Input", rename: true },
  dialog: { component: "Dialog", rename: false, parts: "`Dialog` with `DialogContent`" },
  table: {
    component: "Table",
    rename: false,
    parts:
      "`Table` with `TableHeader`, `TableBody`, `TableRow`, `TableHead` and `TableCell` (or `DataTable`)",
  },
};

/** `<input type=…>` values with a better component than Input. */
const INPUT_TYPES = {
  checkbox: "Checkbox",
  radio: "RadioGroup",
  range: "Slider",
  file: "FileUpload",
  number: "NumberInput",
  date: "DatePicker",
  time: "TimeField",
  submit: "Button",
  button: "Button",
  reset: "Button",
};

const attribute = (node, name) =>
  node.attributes.find((a) => a.type === "JSXAttribute" && a.name.name === name);
const staticValue = (attr) =>
  attr?.value?.type === "Literal"
    ? attr.value.value
    : attr?.value?.type === "JSXExpressionContainer" && attr.value.expression.type === "Literal"
      ? attr.value.expression.value
      : undefined;

/** @type {import("eslint").Rule.RuleModule} */
module.exports = {
  meta: {
    type: "suggestion",
    hasSuggestions: true,
    docs: {
      description:
        "Use the Nexod component instead of a hand-styled native element (<button>, <input>, <select>, <textarea>, <dialog>, <table>)",
      url: "https://github.com/nexod/design-system/tree/main/packages/eslint-plugin#prefer-components",
    },
    schema: [
      {
        type: "object",
        properties: {
          allow: { type: "array", items: { type: "string" } },
          importSource: { type: "string" },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      rename:
        "Use `{{ component }}` from {{ source }} instead of `<{{ element }}>`{{ also }}: it has the system's look, states and accessibility built in.",
      parts:
        "Use {{ parts }} from {{ source }} instead of `<{{ element }}>`: it has the system's look, states and accessibility built in.",
      suggestRename: "Replace with `{{ component }}` and import it from {{ source }}.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const allow = new Set(options.allow ?? []);
    const source = options.importSource ?? "@nexod/ui";
    const sourceCode = context.sourceCode ?? context.getSourceCode();

    /** A fixer step that imports `name` from the source, merging into an existing import. */
    function* importFix(fixer, name) {
      const program = sourceCode.ast;
      const imports = program.body.filter((n) => n.type === "ImportDeclaration");
      const existing = imports.find((n) => n.source.value === source && n.importKind !== "type");
      if (existing) {
        const named = existing.specifiers.filter((s) => s.type === "ImportSpecifier");
        if (named.some((s) => s.local.name === name)) return;
        const last = named[named.length - 1];
        if (last) yield fixer.insertTextAfter(last, `, ${name}`);
        else yield fixer.insertTextAfter(existing.specifiers.at(-1) ?? existing, `, { ${name} }`);
        return;
      }
      const statement = `import { ${name} } from "${source}";\n`;
      const after = imports.at(-1);
      if (after) yield fixer.insertTextAfter(after, `\n${statement.trimEnd()}`);
      else {
        // Keep a "use client" directive first.
        const directive = program.body.find(
          (n) => n.type === "ExpressionStatement" && typeof n.directive === "string",
        );
        if (directive) yield fixer.insertTextAfter(directive, `\n${statement.trimEnd()}`);
        else yield fixer.insertTextBeforeRange([0, 0], statement);
      }
    }

    return {
      JSXOpeningElement(node) {
        if (node.name.type !== "JSXIdentifier") return;
        const element = node.name.name;
        const entry = ELEMENTS[element];
        if (!entry || allow.has(element)) return;
        let component = entry.component;
        if (element === "input") {
          const type = staticValue(attribute(node, "type"));
          if (type === "hidden") return; // form plumbing, nothing to see
          if (typeof type === "string" && INPUT_TYPES[type]) {
            if (allow.has(`input[type=${type}]`)) return;
            component = INPUT_TYPES[type];
          }
        }
        const data = { element, component, source, also: entry.also ? ` (${entry.also})` : "" };
        // Only a same-props replacement can be a one-click suggestion.
        const renamable = entry.rename && (element !== "input" || component === "Input");
        if (!renamable) {
          const parts = entry.parts ?? `\`${component}\``;
          context.report({ node, messageId: "parts", data: { ...data, parts } });
          return;
        }
        const closing = node.parent.closingElement;
        context.report({
          node,
          messageId: "rename",
          data,
          suggest: [
            {
              messageId: "suggestRename",
              data,
              *fix(fixer) {
                yield fixer.replaceText(node.name, component);
                if (closing) yield fixer.replaceText(closing.name, component);
                yield* importFix(fixer, component);
              },
            },
          ],
        });
      },
    };
  },
};
