import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { InitError } from "./errors";

export type PackageManager = "npm" | "pnpm" | "yarn" | "bun";

/** What `nexod init` found in the product folder. Paths are relative to `dir`. */
export interface Project {
  dir: string;
  manifest: PackageManifest;
  nextMajor: number;
  /** `app`, `src/app`, or undefined for a Pages Router app. */
  appDir: string | undefined;
  layoutFile: string | undefined;
  /** The stylesheet the root layout imports (created when there is none). */
  globalsCss: string;
  tailwind: 3 | 4 | undefined;
  tailwindConfig: string | undefined;
  typescript: boolean;
  esm: boolean;
  packageManager: PackageManager;
  eslintMajor: number | undefined;
  /** `.eslintrc.*` (ESLint 8, `next lint`) or `eslint.config.*` (flat). */
  eslintConfig: string | undefined;
  nextConfig: string | undefined;
  srcDir: boolean;
}

export interface PackageManifest {
  name?: string;
  type?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const firstExisting = (dir: string, candidates: string[]) =>
  candidates.find((file) => existsSync(path.join(dir, file)));

/** The major version a dependency range allows (`^14.2.3`, `14.2.35`, `~4`), if it says. */
export function majorOf(range: string | undefined): number | undefined {
  const match = range && /(\d+)(?:\.\d+)*/.exec(range.replace(/^npm:[^@]+@/, ""));
  return match ? Number(match[1]) : undefined;
}

function packageManagerOf(dir: string, userAgent: string | undefined): PackageManager {
  const lockfiles: [string, PackageManager][] = [
    ["pnpm-lock.yaml", "pnpm"],
    ["yarn.lock", "yarn"],
    ["bun.lockb", "bun"],
    ["bun.lock", "bun"],
    ["package-lock.json", "npm"],
  ];
  for (const [file, manager] of lockfiles) if (existsSync(path.join(dir, file))) return manager;
  const fromAgent = /^(npm|pnpm|yarn|bun)\//.exec(userAgent ?? "")?.[1];
  return (fromAgent as PackageManager | undefined) ?? "npm";
}

export function detectProject(dir: string, env: NodeJS.ProcessEnv = process.env): Project {
  const manifestPath = path.join(dir, "package.json");
  if (!existsSync(manifestPath))
    throw new InitError(
      `No package.json in ${dir}. Run nexod init in your Next.js app's folder (or pass --cwd <folder>).`,
    );
  let manifest: PackageManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as PackageManifest;
  } catch (error) {
    throw new InitError(`${manifestPath} is not valid JSON: ${(error as Error).message}`);
  }
  const all = { ...manifest.dependencies, ...manifest.devDependencies };
  const nextMajor = majorOf(all.next);
  if (nextMajor === undefined)
    throw new InitError(
      `${manifestPath} has no next dependency: nexod init sets up Next.js apps (create one with npx create-next-app@latest).`,
    );
  if (nextMajor < 14)
    throw new InitError(`Next.js ${all.next} is too old: Nexod supports Next.js 14 and later.`);

  const appDir = firstExisting(dir, ["app", "src/app"]);
  const layoutFile =
    appDir &&
    firstExisting(
      dir,
      ["tsx", "jsx", "js", "ts"].map((ext) => `${appDir}/layout.${ext}`),
    );
  const layoutText = layoutFile ? readFileSync(path.join(dir, layoutFile), "utf8") : "";
  const importedCss = /import\s+["'](\.{1,2}\/[^"']+\.css)["']/.exec(layoutText)?.[1];
  const globalsCss =
    importedCss && layoutFile
      ? path.join(path.dirname(layoutFile), importedCss)
      : `${appDir ?? "styles"}/globals.css`;
  const tailwindMajor = majorOf(all.tailwindcss);

  return {
    dir,
    manifest,
    nextMajor,
    appDir,
    layoutFile,
    globalsCss,
    tailwind: tailwindMajor === 3 || tailwindMajor === 4 ? tailwindMajor : undefined,
    tailwindConfig: firstExisting(dir, [
      "tailwind.config.ts",
      "tailwind.config.mts",
      "tailwind.config.js",
      "tailwind.config.mjs",
      "tailwind.config.cjs",
    ]),
    typescript: existsSync(path.join(dir, "tsconfig.json")),
    esm: manifest.type === "module",
    packageManager: packageManagerOf(dir, env.npm_config_user_agent),
    eslintMajor: majorOf(all.eslint),
    eslintConfig: firstExisting(dir, [
      "eslint.config.mjs",
      "eslint.config.js",
      "eslint.config.ts",
      "eslint.config.mts",
      "eslint.config.cjs",
      ".eslintrc.json",
      ".eslintrc",
      ".eslintrc.js",
      ".eslintrc.cjs",
      ".eslintrc.yml",
      ".eslintrc.yaml",
    ]),
    nextConfig: firstExisting(dir, [
      "next.config.ts",
      "next.config.mjs",
      "next.config.js",
      "next.config.cjs",
    ]),
    srcDir: existsSync(path.join(dir, "src")),
  };
}
