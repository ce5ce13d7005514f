import type { PlopTypes } from "@turbo/gen";
import { execFileSync } from "node:child_process";
import path from "node:path";

const uiRoot = "packages/ui";
const kebabName = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Writes what is derived from the folders and must be a literal file (src/index.ts, the
 * package exports, the README table): `pnpm gen:sync`, which CI checks with `--check`.
 */
function syncGeneratedFiles(repoRoot: string) {
  execFileSync(process.execPath, [path.join(repoRoot, uiRoot, "scripts/sync-components.mjs")], {
    stdio: "inherit",
  });
  return "ran pnpm gen:sync";
}

/** Formats the new folder, so it passes `pnpm format:check` as generated. */
function formatFolder(repoRoot: string, name: string) {
  const folder = path.join(repoRoot, uiRoot, "src/components", name);
  execFileSync(path.join(repoRoot, "node_modules/.bin/prettier"), ["--write", folder], {
    stdio: "ignore",
  });
  return "formatted with prettier";
}

export default function generator(plop: PlopTypes.NodePlopAPI): void {
  plop.setGenerator("component", {
    description:
      "A @nexod/ui component: its folder (component, styles, stories, test, index, meta); everything else is derived from it",
    prompts: [
      {
        type: "input",
        name: "name",
        message: "Component name in kebab-case (e.g. date-picker):",
        validate: (input: string) =>
          kebabName.test(input) || "Use kebab-case: lowercase letters, digits and dashes.",
      },
    ],
    actions: (answers) => {
      const name = String(answers?.name);
      const folder = `{{ turbo.paths.root }}/${uiRoot}/src/components/{{ name }}`;
      const files = ["tsx", "css", "stories.tsx", "test.tsx"].map((ext) => ({
        type: "add" as const,
        path: `${folder}/{{ name }}.${ext}`,
        templateFile: `templates/component/component.${ext}.hbs`,
        abortOnFail: true,
      }));
      const repoRoot = (answers?.turbo as { paths: { root: string } }).paths.root;
      return [
        ...files,
        {
          type: "add",
          path: `${folder}/index.ts`,
          template: 'export * from "./{{ name }}";\n',
          abortOnFail: true,
        },
        {
          type: "add",
          path: `${folder}/meta.ts`,
          templateFile: "templates/component/meta.ts.hbs",
          abortOnFail: true,
        },
        () => formatFolder(repoRoot, name),
        () => syncGeneratedFiles(repoRoot),
      ];
    },
  });
}
