import type { PlopTypes } from "@turbo/gen";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const uiRoot = "packages/ui";
const kebabName = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function pascalCase(name: string) {
  return name.replace(/(^|-)([a-z0-9])/g, (_match, _dash, char: string) => char.toUpperCase());
}

/** Adds `./<name>` to the ui package's `exports`, keeping subpaths sorted. */
function addPackageExport(repoRoot: string, name: string) {
  const file = path.join(repoRoot, uiRoot, "package.json");
  const pkg = JSON.parse(readFileSync(file, "utf8")) as { exports: Record<string, unknown> };
  const subpath = `./${name}`;
  if (pkg.exports[subpath]) throw new Error(`${file} already exports "${subpath}".`);
  const entries = Object.entries(pkg.exports);
  entries.push([
    subpath,
    {
      types: `./dist/components/${name}/index.d.ts`,
      default: `./dist/components/${name}/index.js`,
    },
  ]);
  const fixed = new Set([".", "./styles.css", "./styles.unlayered.css", "./package.json"]);
  const components = entries
    .filter(([key]) => !fixed.has(key))
    .sort(([a], [b]) => a.localeCompare(b));
  pkg.exports = Object.fromEntries([
    ...entries.filter(([key]) => fixed.has(key) && key !== "./package.json"),
    ...components,
    ["./package.json", "./package.json"],
  ]);
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  return `exported ${subpath}`;
}

/** Adds the re-export to src/index.ts in alphabetical order. */
function addIndexExport(repoRoot: string, name: string) {
  const file = path.join(repoRoot, uiRoot, "src/index.ts");
  const line = `export * from "./components/${name}";`;
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  if (lines.includes(line)) throw new Error(`${file} already has: ${line}`);
  writeFileSync(file, `${[...lines, line].sort().join("\n")}\n`);
  return `added ${line}`;
}

/** Adds the component's stylesheet to src/components.css, in alphabetical order. */
function addStylesheetImport(repoRoot: string, name: string) {
  const file = path.join(repoRoot, uiRoot, "src/components.css");
  const line = `@import "./components/${name}/${name}.css";`;
  const [comment, ...imports] = readFileSync(file, "utf8").split("\n").filter(Boolean);
  if (imports.includes(line)) throw new Error(`${file} already has: ${line}`);
  writeFileSync(file, `${[comment, ...[...imports, line].sort()].join("\n")}\n`);
  return `added ${line}`;
}

/** Adds a size budget to start from; tighten it to the measured size plus headroom. */
function addSizeBudget(repoRoot: string, name: string) {
  const file = path.join(repoRoot, uiRoot, ".size-limit.json");
  const budgets = JSON.parse(readFileSync(file, "utf8")) as { name: string }[];
  const component = pascalCase(name);
  budgets.push({
    name: component,
    path: "dist/index.js",
    import: `{ ${component} }`,
    limit: "3 kB",
  } as never);
  budgets.sort((a, b) => a.name.localeCompare(b.name));
  writeFileSync(file, `${JSON.stringify(budgets, null, 2)}\n`);
  return `size budget for ${component}`;
}

/** Adds a server-render example, which src/ssr.test.tsx requires for every export. */
function addSsrExample(repoRoot: string, name: string) {
  const file = path.join(repoRoot, uiRoot, "src/ssr.test.tsx");
  const component = pascalCase(name);
  const marker = "const examples: Record<ComponentName, React.ReactElement> = {\n";
  const source = readFileSync(file, "utf8");
  if (!source.includes(marker)) throw new Error(`${file}: cannot find the examples table.`);
  writeFileSync(file, source.replace(marker, `${marker}  ${component}: <ui.${component} />,\n`));
  return `server-render example for ${component}`;
}

/** Formats what the generator wrote, so the new folder passes `pnpm format:check`. */
function formatChanges(repoRoot: string, name: string) {
  const files = [
    `src/components/${name}`,
    "src/index.ts",
    "src/components.css",
    "src/ssr.test.tsx",
    "package.json",
    ".size-limit.json",
  ].map((file) => path.join(repoRoot, uiRoot, file));
  execFileSync(path.join(repoRoot, "node_modules/.bin/prettier"), ["--write", ...files], {
    stdio: "ignore",
  });
  return "formatted with prettier";
}

export default function generator(plop: PlopTypes.NodePlopAPI): void {
  plop.setGenerator("component", {
    description: "A @nexod/ui component: folder with component, stories, tests and index",
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
        () => addIndexExport(repoRoot, name),
        () => addStylesheetImport(repoRoot, name),
        () => addPackageExport(repoRoot, name),
        () => addSizeBudget(repoRoot, name),
        () => addSsrExample(repoRoot, name),
        () => formatChanges(repoRoot, name),
      ];
    },
  });
}
