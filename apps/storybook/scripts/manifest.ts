// Builds the machine-readable description of @nexod/ui (components.json and llms.txt) from the
// same sources Storybook's docs use: the components' TSDoc and types (react-docgen-typescript,
// as in .storybook/main.ts), their cva definitions, the stories beside them and figma.config.ts.
//
// The parts live in manifest/: docgen.ts (props), variants.ts (cva), stories.ts and examples.ts
// (stories and their JSX), module-exports.ts (what a folder makes public) and llms.ts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { toId } from "storybook/internal/csf";
import ts from "typescript";
import { componentOfTitle, figmaUrlOf } from "../src/figma/figma-design.ts";
import { readComponentDocs, toPart } from "./manifest/docgen.ts";
import { exportedValues, publicValues } from "./manifest/module-exports.ts";
import { parseStories, type ParsedStories } from "./manifest/stories.ts";
import type { ComponentManifest, Manifest } from "./manifest/types.ts";
import { readCvaVariants, type CvaVariant } from "./manifest/variants.ts";

export { renderLlmsTxt } from "./manifest/llms.ts";
export type {
  ComponentManifest,
  Manifest,
  PartManifest,
  PropManifest,
  StoryManifest,
  VariantManifest,
} from "./manifest/types.ts";

export interface BuildManifestOptions {
  /** packages/ui (the folder with package.json, tsconfig.json and src/components). */
  uiRoot: string;
  /** Only these component folders (tests). */
  only?: string[];
}

const STORYBOOK_EXTENSIONS = /\.(stories|test|spec)\.[cm]?[jt]sx?$/;

function componentFolders(uiRoot: string, only?: string[]): string[] {
  const root = path.join(uiRoot, "src/components");
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => !only || only.includes(name))
    .sort();
}

function pascalCase(folder: string): string {
  return folder.replace(/(^|-)([a-z0-9])/g, (_match, _dash, char: string) => char.toUpperCase());
}

export function buildManifest({ uiRoot, only }: BuildManifestOptions): Manifest {
  const pkg = JSON.parse(readFileSync(path.join(uiRoot, "package.json"), "utf8")) as {
    name: string;
    version: string;
    description?: string;
    exports?: Record<string, unknown>;
  };
  const folders = componentFolders(uiRoot, only);
  const sourcesByFolder = new Map(
    folders.map((folder) => {
      const dir = path.join(uiRoot, "src/components", folder);
      const files = readdirSync(dir)
        .filter((file) => /\.tsx?$/.test(file) && !STORYBOOK_EXTENSIONS.test(file))
        // index.ts re-exports; meta.ts describes the folder for the ui package's own tooling.
        .filter((file) => file !== "index.ts" && file !== "meta.ts")
        .map((file) => path.join(dir, file));
      return [folder, files] as const;
    }),
  );

  const docs = readComponentDocs(uiRoot, [...sourcesByFolder.values()].flat());

  const components: ComponentManifest[] = [];
  for (const folder of folders) {
    const files = sourcesByFolder.get(folder) ?? [];
    const cva = new Map<string, CvaVariant[]>();
    let client = false;
    const valueExports: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (/^\s*["']use client["']/.test(text)) client = true;
      const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      valueExports.push(...exportedValues(sourceFile));
      for (const [key, entries] of readCvaVariants(sourceFile)) {
        cva.set(key, [...(cva.get(key) ?? []), ...entries]);
      }
    }
    const publicNames = publicValues(path.join(uiRoot, "src/components", folder));
    const parts = docs
      .filter((doc) => files.includes(path.resolve(doc.filePath)))
      .filter((doc) => !publicNames || publicNames.has(doc.displayName))
      // cva functions (buttonVariants) and hooks are not components.
      .filter((doc) => /^[A-Z]/.test(doc.displayName))
      .map((doc) => toPart(doc, cva));
    const storiesFile = path.join(uiRoot, "src/components", folder, `${folder}.stories.tsx`);
    const stories: ParsedStories = existsSync(storiesFile)
      ? parseStories(storiesFile)
      : { stories: [] };
    // A compound component is named after its folder and root part (Dialog, not the
    // DialogContent its stories document); a single component after itself.
    const main =
      parts.find((part) => part.name === pascalCase(folder)) ??
      parts.find((part) => part.name === stories.component) ??
      parts[0];
    if (!main) continue;
    const subpath = `./${folder}`;
    const title = stories.title ?? `Components/${main.name}`;
    const partNames = new Set(parts.map((part) => part.name));
    const otherExports = valueExports.filter(
      (name) => !partNames.has(name) && (!publicNames || publicNames.has(name)),
    );
    // Components and imperative helpers (`toast`); cva helpers stay out of the usual import line.
    const names = [
      main.name,
      ...parts.filter((p) => p !== main).map((p) => p.name),
      ...otherExports.filter((name) => !name.endsWith("Variants")),
    ];
    const figma = figmaUrlOf(componentOfTitle(title));
    const example = stories.stories.find((story) => story.snippet)?.snippet;
    components.push({
      name: main.name,
      title,
      description: main.description,
      import: `import { ${names.join(", ")} } from "${pkg.name}";`,
      importPath: pkg.name,
      ...(pkg.exports?.[subpath] ? { subpathImport: `${pkg.name}/${folder}` } : {}),
      client,
      props: main.props,
      variants: main.variants,
      parts: parts.filter((part) => part !== main),
      otherExports,
      ...(example ? { example } : {}),
      stories: stories.stories,
      docs: `?path=/docs/${toId(title, "docs")}`,
      ...(figma ? { figma } : {}),
      source: `packages/ui/src/components/${folder}/${folder}.tsx`,
    });
  }

  return {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description ?? "",
    styles: {
      tailwind4: `@import "tailwindcss";\n@import "${pkg.name}/styles.css";`,
      tailwind3: `import "${pkg.name}/styles.unlayered.css"; // in the root layout, before your globals.css`,
      noTailwind: `import "${pkg.name}/styles.css"; // in the root layout`,
    },
    components,
  };
}
