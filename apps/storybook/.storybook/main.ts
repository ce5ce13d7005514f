import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/react-vite";
import { isDocumentedProp } from "../scripts/prop-filter.ts";

const uiRoot = path.resolve(import.meta.dirname, "../../../packages/ui");
const uiSource = path.join(uiRoot, "src");

/**
 * Every browser dependency the components and their stories import, pre-bundled up front.
 * Without this Vite discovers `@radix-ui/*` one story file at a time and reloads the page in the
 * middle of a test run ("Vite unexpectedly reloaded a test"), which loads React twice and fails
 * stories with "Cannot read properties of null (reading 'useState')". Resolved from @nexod/ui,
 * which owns these dependencies.
 */
function uiBrowserDependencies(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(uiRoot, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const declared = new Set(Object.keys(pkg.dependencies ?? {}));
  const storyImports = new Set<string>();
  const components = path.join(uiSource, "components");
  for (const folder of readdirSync(components)) {
    for (const file of readdirSync(path.join(components, folder))) {
      if (!file.endsWith(".stories.tsx")) continue;
      const text = readFileSync(path.join(components, folder, file), "utf8");
      for (const match of text.matchAll(/from\s+"([^".][^"]*)"/g)) storyImports.add(match[1]!);
    }
  }
  for (const id of storyImports) {
    const name = id.startsWith("@") ? id.split("/").slice(0, 2).join("/") : id.split("/")[0]!;
    if (pkg.devDependencies?.[name] && !/^(react|react-dom|storybook|@storybook\/.*)$/.test(name)) {
      declared.add(id);
    }
  }
  return [...declared].sort().map((id) => `@nexod/ui > ${id}`);
}

/**
 * Framework and addons resolved from this app, as Storybook recommends for pnpm: otherwise
 * Storybook resolves them from its own folder in the store, which only works through pnpm's
 * hidden hoisting (`node_modules/.pnpm/node_modules`).
 */
function getAbsolutePath(name: string): string {
  return path.dirname(fileURLToPath(import.meta.resolve(`${name}/package.json`)));
}

const config: StorybookConfig = {
  framework: getAbsolutePath("@storybook/react-vite"),
  stories: [
    // MDX pages of this app: introduction, installation, contributing, foundations (tokens).
    "../src/**/*.mdx",
    // Checks of the Storybook set-up itself (hidden from the sidebar, run as tests).
    "../src/**/*.stories.@(ts|tsx)",
    // Stories live beside the components in @nexod/ui. Relative (not absolute): addon-vitest
    // joins these to the config dir to find the test files.
    "../../../packages/ui/src/**/*.stories.@(ts|tsx)",
    // Whole-page blocks (source products copy with `nexod add`), styled by their own Tailwind.
    "../../../packages/blocks/src/**/*.stories.@(ts|tsx)",
  ],
  addons: [
    getAbsolutePath("@storybook/addon-docs"),
    getAbsolutePath("@storybook/addon-a11y"),
    getAbsolutePath("@storybook/addon-vitest"),
    getAbsolutePath("@storybook/addon-designs"),
    getAbsolutePath("storybook-addon-pseudo-states"),
  ],
  // Project annotations beside preview.tsx: Figma frames from figma.config.ts on every story.
  previewAnnotations: (entries = []) => [
    ...entries,
    path.join(import.meta.dirname, "figma-annotations.ts"),
  ],
  core: {
    // Offline, telemetry alone adds ~6 s to every build.
    disableTelemetry: true,
  },
  typescript: {
    // cva props are typed through `VariantProps<typeof xVariants>`; react-docgen cannot follow
    // that, react-docgen-typescript resolves it to the literal unions (controls for every variant).
    reactDocgen: "react-docgen-typescript",
    reactDocgenTypescriptOptions: {
      // The ui package's own tsconfig: its program holds every component source.
      tsconfigPath: path.resolve(uiSource, "../tsconfig.json"),
      include: [`${uiSource}/components/**/*.tsx`],
      exclude: ["**/*.stories.tsx", "**/*.test.tsx"],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // The component's own props, its cva variants and its Radix props; not the ~250 inherited
      // DOM attributes (spread onto the element and typed for the user anyway).
      propFilter: isDocumentedProp,
    },
  },
  viteFinal(viteConfig) {
    // No Tailwind plugin: stories render with the built, shipped @nexod/ui/styles.css, exactly
    // what a product imports.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), ...uiBrowserDependencies()],
    };
    // Blocks are Next.js product code: `next/link` and `next/navigation` resolve to small
    // stand-ins (Storybook runs Vite, not Next).
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = [
      ...(Array.isArray(viteConfig.resolve.alias)
        ? viteConfig.resolve.alias
        : Object.entries(viteConfig.resolve.alias ?? {}).map(([find, replacement]) => ({
            find,
            replacement,
          }))),
      { find: /^next\/link$/, replacement: path.join(import.meta.dirname, "next-mocks/link.tsx") },
      {
        find: /^next\/navigation$/,
        replacement: path.join(import.meta.dirname, "next-mocks/navigation.ts"),
      },
    ];
    // `pnpm build` while `pnpm dev` runs must not reload the dev preview.
    viteConfig.server = {
      ...viteConfig.server,
      watch: { ...viteConfig.server?.watch, ignored: ["**/storybook-static/**"] },
    };
    viteConfig.build ??= {};
    viteConfig.build.chunkSizeWarningLimit = 2048;
    viteConfig.build.rolldownOptions = {
      ...viteConfig.build.rolldownOptions,
      onLog(level, log, defaultHandler) {
        // Radix and our client components start with "use client": harmless in a client bundle.
        if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
        defaultHandler(level, log);
      },
    };
    return viteConfig;
  },
};

export default config;
