"use strict";

/** Other UI kits, with what Nexod has instead where there is one thing to name. */
const KITS = [
  { pattern: "@mui/*", instead: "@nexod/ui components" },
  { pattern: "@material-ui/*", instead: "@nexod/ui components" },
  { pattern: "antd", instead: "@nexod/ui components" },
  { pattern: "@chakra-ui/*", instead: "@nexod/ui components" },
  { pattern: "@mantine/*", instead: "@nexod/ui components" },
  { pattern: "react-bootstrap", instead: "@nexod/ui components" },
  { pattern: "semantic-ui-react", instead: "@nexod/ui components" },
  { pattern: "@nextui-org/*", instead: "@nexod/ui components" },
  { pattern: "@heroui/*", instead: "@nexod/ui components" },
  { pattern: "primereact", instead: "@nexod/ui components" },
  { pattern: "@blueprintjs/*", instead: "@nexod/ui components" },
  { pattern: "@fluentui/*", instead: "@nexod/ui components" },
  { pattern: "@headlessui/react", instead: "@nexod/ui components (Radix behaviour inside)" },
  { pattern: "react-select", instead: "`Combobox` from @nexod/ui" },
  { pattern: "react-datepicker", instead: "`DatePicker` from @nexod/ui" },
  { pattern: "react-modal", instead: "`Dialog` from @nexod/ui" },
  { pattern: "react-hot-toast", instead: "`Toaster`/`toast` from @nexod/ui" },
  { pattern: "react-toastify", instead: "`Toaster`/`toast` from @nexod/ui" },
  { pattern: "sonner", instead: "`Toaster`/`toast` from @nexod/ui" },
  { pattern: "ag-grid-react", instead: "`DataTable` from @nexod/ui" },
  { pattern: "@mui/x-data-grid", instead: "`DataTable` from @nexod/ui" },
];

const matcher = (pattern) =>
  pattern.endsWith("/*")
    ? (source) => source === pattern.slice(0, -2) || source.startsWith(pattern.slice(0, -1))
    : (source) => source === pattern || source.startsWith(`${pattern}/`);

/** @type {import("eslint").Rule.RuleModule} */
module.exports = {
  meta: {
    type: "suggestion",
    docs: {
      description:
        "Warn on other UI kits: every Nexod product builds on @nexod/ui, so screens look and behave the same",
      url: "https://github.com/nexod/design-system/tree/main/packages/eslint-plugin#no-other-ui-kits",
    },
    schema: [
      {
        type: "object",
        properties: {
          packages: {
            description: "More packages to flag (`name` or `@scope/*`).",
            type: "array",
            items: { type: "string" },
          },
          allow: {
            description: "Packages to let through, e.g. during a migration.",
            type: "array",
            items: { type: "string" },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      kit: "`{{ source }}` is another UI kit: use {{ instead }} so the product looks and behaves like the others (ask in #design-system if something is missing).",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const allow = (options.allow ?? []).map(matcher);
    const kits = [
      ...KITS.filter(({ pattern }) => !(options.allow ?? []).includes(pattern)),
      ...(options.packages ?? []).map((pattern) => ({ pattern, instead: "@nexod/ui components" })),
    ].map((kit) => ({ ...kit, test: matcher(kit.pattern) }));
    // A more specific entry (react-select, @mui/x-data-grid) wins over a scope.
    kits.sort((a, b) => b.pattern.length - a.pattern.length);

    function check(node) {
      if (!node || node.type !== "Literal" || typeof node.value !== "string") return;
      const source = node.value;
      if (allow.some((test) => test(source))) return;
      const kit = kits.find((k) => k.test(source));
      if (kit) context.report({ node, messageId: "kit", data: { source, instead: kit.instead } });
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
