"use strict";
const ICONS = new Set(require("../icon-names.json"));

/** Icon packages whose icons @nexod/icons replaces. lucide-react shares our names (Lucide). */
const ICON_PACKAGES = [
  /^lucide-react$/,
  /^lucide$/,
  /^react-icons(\/.*)?$/,
  /^@heroicons\/react(\/.*)?$/,
  /^@radix-ui\/react-icons$/,
  /^@tabler\/icons-react$/,
  /^@phosphor-icons\/react$/,
  /^@mui\/icons-material(\/.*)?$/,
  /^react-feather$/,
];

/** lucide-react exports `Plus`, `PlusIcon` and `LucidePlus`; ours is `PlusIcon`. */
function nexodName(lucideName) {
  const base = lucideName.replace(/^Lucide/, "").replace(/Icon$/, "");
  const name = `${base}Icon`;
  return ICONS.has(name) ? name : undefined;
}

/** @type {import("eslint").Rule.RuleModule} */
module.exports = {
  meta: {
    type: "suggestion",
    fixable: "code",
    docs: {
      description:
        "Icons come from @nexod/icons (designers own them in Figma), not from other icon packages",
      url: "https://github.com/nexod/design-system/tree/main/packages/eslint-plugin#icons-from-nexod",
    },
    schema: [],
    messages: {
      other:
        "Import icons from `@nexod/icons`, not `{{ source }}`: Nexod's icons are the ones designers draw and review.{{ missing }}",
    },
  },
  create(context) {
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        if (typeof source !== "string" || !ICON_PACKAGES.some((p) => p.test(source))) return;
        const named = node.specifiers.filter((s) => s.type === "ImportSpecifier");
        const mapped =
          source === "lucide-react" && named.length === node.specifiers.length && named.length > 0
            ? named.map((s) => ({ s, ours: nexodName(s.imported.name ?? s.imported.value) }))
            : [];
        const missing = mapped.filter((m) => !m.ours).map((m) => m.s.imported.name);
        const canFix = mapped.length > 0 && missing.length === 0 && node.importKind !== "type";
        context.report({
          node,
          messageId: "other",
          data: {
            source,
            missing:
              missing.length > 0
                ? ` @nexod/icons has no ${missing.join(", ")} yet: ask the design team (nexod-icons pull adds it).`
                : "",
          },
          fix: canFix
            ? (fixer) => {
                const specifiers = mapped
                  .map(({ s, ours }) =>
                    s.local.name === ours ? ours : `${ours} as ${s.local.name}`,
                  )
                  .join(", ");
                return fixer.replaceText(node, `import { ${specifiers} } from "@nexod/icons";`);
              }
            : null,
        });
      },
    };
  },
};
