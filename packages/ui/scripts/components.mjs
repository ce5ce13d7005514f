// The component folders of @nexod/ui: the one list everything else (entry point, package
// exports, stylesheet, size budgets, README table) is derived from.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const packageRoot = path.resolve(import.meta.dirname, "..");
export const componentsDir = path.join(packageRoot, "src/components");

/** `dropdown-menu` → `DropdownMenu`. */
export function pascalCase(name) {
  return name.replace(/(^|-)([a-z0-9])/g, (_match, _dash, char) => char.toUpperCase());
}

/** Files every component folder has; `pnpm gen component <name>` creates them. */
export function requiredFiles(folder) {
  return [
    `${folder}.tsx`,
    `${folder}.css`,
    `${folder}.stories.tsx`,
    `${folder}.test.tsx`,
    "index.ts",
    "meta.ts",
  ];
}

/** Names of the folders under src/components, sorted. */
export function componentFolders() {
  return readdirSync(componentsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Folders whose meta.ts names a `peerEntryOnly` optional peer. Their rules are not in
 * styles.css: each ships its own stylesheet (`@nexod/ui/<folder>.css` and
 * `<folder>.unlayered.css`), which a product imports with the entry point.
 */
export async function peerEntryFolders() {
  const folders = [];
  for (const folder of componentFolders()) {
    const file = path.join(componentsDir, folder, "meta.ts");
    if (!existsSync(file)) continue;
    const { default: meta } = await import(pathToFileURL(file).href);
    if (meta.peerEntryOnly) folders.push(folder);
  }
  return folders;
}

/**
 * A folder's further entry points (meta.ts `entries`): the package sub-path
 * (`data-table/virtual`), the source module (`src/components/data-table/virtual.ts`) and its
 * build output without extension (`dist/components/data-table/virtual`).
 */
export function extraEntries(folder, meta) {
  return Object.entries(meta.entries ?? {}).map(([name, { file, sizeLimit }]) => {
    if (!/^[a-z][a-z0-9-]*$/.test(name) || !/^[a-z][a-z0-9-]*\.tsx?$/.test(file)) {
      throw new Error(
        `src/components/${folder}/meta.ts: \`entries\` maps a kebab-case sub-path to a .ts/.tsx file of the folder (got ${JSON.stringify(name)}: ${JSON.stringify(file)})`,
      );
    }
    if (!existsSync(path.join(componentsDir, folder, file))) {
      throw new Error(
        `src/components/${folder}/meta.ts: the entry "${name}" names ${file}, which is not in the folder`,
      );
    }
    const base = file.replace(/\.tsx?$/, "");
    return {
      name,
      subpath: `${folder}/${name}`,
      source: `src/components/${folder}/${file}`,
      dist: `dist/components/${folder}/${base}`,
      sizeLimit,
    };
  });
}

/** Problems that would leave a folder wired up half-way, as sentences naming the file. */
export function folderProblems(folder) {
  const problems = [];
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(folder)) {
    problems.push(`src/components/${folder}: folder names are kebab-case`);
  }
  for (const file of requiredFiles(folder)) {
    if (!existsSync(path.join(componentsDir, folder, file))) {
      problems.push(
        `src/components/${folder}/${file} is missing (see CONTRIBUTING.md, or start from \`pnpm gen component <name>\`)`,
      );
    }
  }
  return problems;
}

/** Whether the component's main file starts with "use client" (else it is a server component). */
export function isClientComponent(folder) {
  const source = readFileSync(path.join(componentsDir, folder, `${folder}.tsx`), "utf8");
  return /^\s*["']use client["']/.test(source);
}

export const groups = ["Forms", "Overlays", "Feedback", "Navigation", "Data display", "Layout"];

/** The sidebar group: the first part of the stories' title ("Forms/Button"). */
export function storyGroup(folder) {
  const file = `src/components/${folder}/${folder}.stories.tsx`;
  const source = readFileSync(path.join(packageRoot, file), "utf8");
  const group = /^\s*title:\s*["']([^"'/]+)\//m.exec(source)?.[1];
  if (!groups.includes(group)) {
    throw new Error(
      `${file}: the title must start with one of ${groups.join(", ")} (e.g. "Forms/Button"), found ${group ? `"${group}"` : "none"}`,
    );
  }
  return group;
}

/** Every component folder with its meta.ts (Node runs the TypeScript file directly). */
export async function readComponents() {
  const folders = componentFolders();
  const problems = folders.flatMap(folderProblems);
  if (problems.length > 0) {
    throw new Error(`Incomplete component folders:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
  return Promise.all(
    folders.map(async (folder) => {
      const metaFile = pathToFileURL(path.join(componentsDir, folder, "meta.ts")).href;
      const { default: meta } = await import(metaFile);
      return {
        folder,
        name: meta.name ?? pascalCase(folder),
        group: storyGroup(folder),
        meta,
        client: isClientComponent(folder),
      };
    }),
  );
}
