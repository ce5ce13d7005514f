import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InitError } from "./errors";
import { type Io, patch, run } from "./init";
import { installCommand } from "./plan";
import { detectProject, type Project } from "./project";
import { nexodEntryStylesheets } from "./transforms/globals-css";

/** One block as bundled into the CLI by scripts/copy-blocks.mjs. */
export interface RegistryBlock {
  name: string;
  title: string;
  description: string;
  files: string[];
  /** npm packages the block imports (besides react, react-dom, next), with their ranges. */
  packages: Record<string, string>;
  /** `@nexod/ui` entries it imports that ship their own stylesheet (`data-table`, `chart`…). */
  stylesheets: string[];
}

export interface AddOptions {
  cwd: string;
  blocks: string[];
  dryRun: boolean;
  yes: boolean;
  install: boolean;
  overwrite: boolean;
  /** Folder the blocks go into, relative to the app (default `components/blocks`). */
  path: string | undefined;
  tag: string | undefined;
  /** Where the bundled blocks are (tests point at a build). */
  registryDir?: string;
}

const defaultRegistryDir = () => fileURLToPath(new URL("./blocks", import.meta.url));

export function loadRegistry(dir = defaultRegistryDir()): RegistryBlock[] {
  const file = path.join(dir, "registry.json");
  if (!existsSync(file))
    throw new InitError(
      `The blocks are missing from this build of @nexod/cli (${file}); reinstall it, or run pnpm build in packages/cli.`,
    );
  return JSON.parse(readFileSync(file, "utf8")) as RegistryBlock[];
}

export function listBlocks(registry: RegistryBlock[]): string {
  const width = Math.max(...registry.map((block) => block.name.length));
  return registry
    .map((block) => `  ${block.name.padEnd(width)}  ${block.title}: ${block.description}`)
    .join("\n");
}

/** How the product imports a folder: its `@/` alias when tsconfig maps one there, else relative. */
function importPath(project: Project, folder: string): string {
  const tsconfig = path.join(project.dir, "tsconfig.json");
  const text = existsSync(tsconfig) ? readFileSync(tsconfig, "utf8") : "";
  const target = /"@\/\*"\s*:\s*\[\s*"\.\/([^"*]*)\*"/.exec(text)?.[1];
  if (target !== undefined && `${folder}/`.startsWith(target))
    return `@/${folder.slice(target.length)}`;
  return `./${folder}`;
}

interface FileWrite {
  file: string;
  before: string | undefined;
  after: string;
}

/** `nexod add <block…>`: copies blocks' source into the app; returns the exit code. */
export async function add(options: AddOptions, io: Io): Promise<number> {
  const registry = loadRegistry(options.registryDir);
  if (options.blocks.length === 0) {
    io.stdout(`Blocks you can add (nexod add <block>):\n${listBlocks(registry)}\n`);
    return 0;
  }
  const unknown = options.blocks.filter((name) => !registry.some((b) => b.name === name));
  if (unknown.length)
    throw new InitError(
      `No block named ${unknown.map((n) => `"${n}"`).join(", ")}. Blocks:\n${listBlocks(registry)}`,
    );

  const project = detectProject(path.resolve(options.cwd), io.env);
  const installed = { ...project.manifest.dependencies, ...project.manifest.devDependencies };
  if (!installed["@nexod/ui"])
    throw new InitError(
      "@nexod/ui is not installed here: run `npx @nexod/cli init` first (blocks need its CSS and providers).",
    );
  if (!project.typescript)
    throw new InitError(
      "Blocks are TypeScript source and this app has no tsconfig.json. Add TypeScript first (npm install -D typescript @types/react @types/node; next dev then writes tsconfig.json).",
    );
  if (!project.tailwind)
    io.stdout(
      "note: blocks lay out pages with Tailwind classes; without Tailwind only the components are styled.\n",
    );

  const base = options.path ?? `${project.srcDir ? "src/" : ""}components/blocks`;
  const writes: FileWrite[] = [];
  const conflicts: string[] = [];
  const packages = new Map<string, string>();
  const chosen = registry.filter((block) => options.blocks.includes(block.name));
  const registryDir = options.registryDir ?? defaultRegistryDir();
  for (const block of chosen) {
    for (const file of block.files) {
      const target = path.posix.join(base, block.name, file);
      const after = readFileSync(path.join(registryDir, block.name, file), "utf8");
      const full = path.join(project.dir, target);
      const before = existsSync(full) ? readFileSync(full, "utf8") : undefined;
      if (before === after) continue;
      if (before !== undefined && !options.overwrite) conflicts.push(target);
      writes.push({ file: target, before, after });
    }
    for (const [name, range] of Object.entries(block.packages)) packages.set(name, range);
  }

  // Components with their own stylesheet need its import beside Nexod's main one.
  const stylesheets = [...new Set(chosen.flatMap((block) => block.stylesheets))].sort();
  const manual: string[] = [];
  if (stylesheets.length) {
    const cssFile = path.join(project.dir, project.globalsCss);
    const before = existsSync(cssFile) ? readFileSync(cssFile, "utf8") : "";
    const result = nexodEntryStylesheets(before, stylesheets, project.tailwind);
    if (result.kind === "changed")
      writes.push({ file: project.globalsCss, before, after: result.text });
    else if (result.kind === "manual") manual.push(`${project.globalsCss}: ${result.step}`);
  }

  const spec = (name: string) => {
    if (!name.startsWith("@nexod/")) return `${name}@${packages.get(name)}`;
    return options.tag ? `${name}@${options.tag}` : name;
  };
  const missing = [...packages.keys()].filter((name) => !installed[name]).sort();
  const install = missing.length
    ? installCommand(project.packageManager, missing.map(spec), false)
    : undefined;

  if (conflicts.length) {
    if (options.dryRun)
      for (const write of writes) io.stdout(`${patch(write.file, write.before, write.after)}\n`);
    throw new InitError(
      `These files exist and differ from the block (you changed them, or the block changed since):\n${conflicts.map((f) => `  ${f}`).join("\n")}\nThey are yours: nothing was written. See the differences with --dry-run, or replace them with --overwrite.`,
    );
  }
  const reportManual = () => {
    if (manual.length === 0) return 0;
    io.stderr(`Finish this by hand:\n${manual.map((step) => `  - ${step}`).join("\n")}\n`);
    return 1;
  };
  if (writes.length === 0 && !install) {
    io.stdout(`Already added: ${chosen.map((b) => b.name).join(", ")} (nothing to change).\n`);
    return reportManual();
  }
  if (options.dryRun) {
    for (const write of writes) io.stdout(`${patch(write.file, write.before, write.after)}\n`);
    if (install) io.stdout(`would run: ${install.join(" ")}\n`);
    io.stdout("Dry run: nothing was written.\n");
    return reportManual();
  }

  const summary = [
    ...writes.map((w) => {
      const verb =
        w.before === undefined ? "create" : w.file === project.globalsCss ? "update" : "overwrite";
      return `  ${verb} ${w.file}`;
    }),
    ...(install ? [`  install ${missing.map(spec).join(" ")}`] : []),
  ];
  io.stdout(`nexod add:\n${summary.join("\n")}\n`);
  if (!options.yes) {
    if (!io.isTTY)
      throw new InitError("Not a terminal: pass --yes to apply, or --dry-run to see the changes.");
    if (!(await io.confirm("Apply these changes? [y/N] "))) {
      io.stdout("Nothing was changed.\n");
      return 0;
    }
  }
  for (const write of writes) {
    const full = path.join(project.dir, write.file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, write.after);
  }
  if (install && options.install) {
    io.stdout(`$ ${install.join(" ")}\n`);
    const code = await run(install, project.dir, io.env);
    if (code !== 0)
      throw new InitError(
        `${install.join(" ")} failed (exit ${code}); the block files are written. Fix the install and run it again.`,
      );
  } else if (install) {
    io.stdout(`Skipped installing (--no-install); run:\n  ${install.join(" ")}\n`);
  }
  for (const block of chosen) {
    const exports = [
      ...readFileSync(path.join(registryDir, block.name, "index.ts"), "utf8").matchAll(
        /export\s+\{([^}]*)\}/g,
      ),
    ]
      .flatMap((m) => m[1]!.split(","))
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith("type "));
    io.stdout(
      `Added ${block.name}: import { ${exports.join(", ")} } from "${importPath(project, `${base}/${block.name}`)}";\n`,
    );
  }
  return reportManual();
}
