import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type PackageManager, type Project } from "./project";
import { nexodEslintConfig } from "./transforms/eslint-config";
import { nexodGlobalsCss } from "./transforms/globals-css";
import { nexodLayout } from "./transforms/layout";
import { nexodNextConfig } from "./transforms/next-config";
import { type TransformResult } from "./transforms/result";
import { nexodStarterPage } from "./transforms/starter-page";
import { nexodTailwindConfig } from "./transforms/tailwind-config";

export interface FileChange {
  file: string;
  before: string | undefined;
  after: string;
  why: string;
}

export interface Plan {
  changes: FileChange[];
  /** Steps init could not take safely in this app's files: printed, never guessed. */
  manual: string[];
  dependencies: string[];
  devDependencies: string[];
  notes: string[];
}

export interface PlanOptions {
  /** A dist-tag or version for the @nexod packages (`--tag next`). */
  tag: string | undefined;
}

const RUNTIME = [
  "@nexod/ui",
  "@nexod/tokens",
  "@nexod/icons",
  "next-themes",
  "@fontsource-variable/inter",
];

export function planInit(project: Project, options: PlanOptions): Plan {
  const plan: Plan = { changes: [], manual: [], dependencies: [], devDependencies: [], notes: [] };
  const read = (file: string) => {
    const full = path.join(project.dir, file);
    return existsSync(full) ? readFileSync(full, "utf8") : undefined;
  };
  const apply = (file: string, why: string, transform: (source: string) => TransformResult) => {
    const before = read(file);
    const result = transform(before ?? "");
    if (result.kind === "changed") plan.changes.push({ file, before, after: result.text, why });
    else if (result.kind === "manual") plan.manual.push(result.step);
  };

  if (!project.appDir || !project.layoutFile) {
    plan.manual.push(
      "Pages Router: import the stylesheet in pages/_app, and wrap <Component /> in next-themes' ThemeProvider (attribute=\"data-theme\"), @nexod/ui's TooltipProvider and a <Toaster />. nexod init sets up App Router apps.",
    );
  } else {
    apply(
      project.layoutFile,
      "theme without a flash, Inter, TooltipProvider and Toaster",
      (source) => nexodLayout(source, { file: project.layoutFile! }),
    );
    const page = ["tsx", "jsx", "js"]
      .map((ext) => `${project.appDir}/page.${ext}`)
      .find((f) => read(f));
    if (page)
      apply(
        page,
        "create-next-app's demo page uses palette colours the lint rules reject",
        (source) => nexodStarterPage(source),
      );
    if (!/import\s+["'][^"']+\.css["']/.test(read(project.layoutFile) ?? ""))
      plan.manual.push(
        `${project.layoutFile}: import "./globals.css" (init wrote the Nexod imports there).`,
      );
  }

  apply(
    project.globalsCss,
    "Nexod CSS first, in the order-proof form; template colour variables removed",
    (source) => nexodGlobalsCss(source, project.tailwind),
  );

  if (project.tailwind === 3) {
    if (project.tailwindConfig)
      apply(project.tailwindConfig, "the tokens preset; content reaches components/", (source) =>
        nexodTailwindConfig(source, {
          esm: project.esm,
          srcDir: project.srcDir,
          file: project.tailwindConfig!,
        }),
      );
    else
      plan.manual.push(
        'Tailwind 3 without a tailwind.config file: create one with presets: [require("@nexod/tokens/tailwind-preset")].',
      );
  }

  if (project.nextMajor === 14 && project.nextConfig)
    apply(project.nextConfig, "optimizePackageImports for the @nexod barrels (Next 14)", (source) =>
      nexodNextConfig(source, { file: project.nextConfig! }),
    );

  if (project.eslintMajor !== undefined) {
    if (project.eslintConfig)
      apply(project.eslintConfig, "design-system lint rules (@nexod/eslint-plugin)", (source) =>
        nexodEslintConfig(source, { file: project.eslintConfig! }),
      );
    else
      plan.notes.push(
        "ESLint is installed but has no config file: add @nexod/eslint-plugin's recommended config to it.",
      );
  } else
    plan.notes.push(
      "No ESLint in this app: add it to get the design-system lint rules (@nexod/eslint-plugin).",
    );

  const installed = { ...project.manifest.dependencies, ...project.manifest.devDependencies };
  const spec = (name: string) =>
    options.tag && name.startsWith("@nexod/") ? `${name}@${options.tag}` : name;
  plan.dependencies = RUNTIME.filter((name) => !installed[name]).map(spec);
  if (project.eslintMajor !== undefined && !installed["@nexod/eslint-plugin"])
    plan.devDependencies = [spec("@nexod/eslint-plugin")];
  return plan;
}

/** The command that adds packages with the app's package manager. */
export function installCommand(
  manager: PackageManager,
  packages: string[],
  dev: boolean,
): string[] {
  const add = manager === "npm" ? ["install"] : ["add"];
  const devFlag = manager === "bun" ? "-d" : "-D";
  return [manager, ...add, ...(dev ? [devFlag] : []), ...packages];
}
