import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type RegistryBlock } from "../src/add";
import { app, BUILT_BLOCKS, nexod, read, tempDir } from "./helpers";

beforeAll(() => {
  if (!existsSync(path.join(BUILT_BLOCKS, "registry.json")))
    throw new Error(`${BUILT_BLOCKS} is missing: run pnpm --filter @nexod/cli build first`);
});

/** A create-next-app 16 copy that `nexod init` has set up (its packages in package.json). */
async function initialisedApp(
  extra: Record<string, string> = {},
  fixture: "next14" | "next16" = "next16",
) {
  const dir = await app(fixture);
  expect((await nexod(["init", "--yes", "--no-install", "--cwd", dir])).code).toBe(0);
  const manifestFile = path.join(dir, "package.json");
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as {
    dependencies: Record<string, string>;
  };
  Object.assign(manifest.dependencies, { "@nexod/ui": "^1.0.0", "@nexod/icons": "^1.0.0" }, extra);
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
  return dir;
}

/** A registry with one block importing recharts and zod, to see what add installs. */
async function fakeRegistry() {
  const dir = await tempDir("nexod-registry-");
  const block: RegistryBlock = {
    name: "chart-card",
    title: "Chart card",
    description: "A card with a chart.",
    files: ["index.ts", "chart-card.tsx"],
    packages: { "@nexod/ui": "*", recharts: "^3", zod: "^4.1.0" },
    stylesheets: ["chart"],
  };
  await writeFile(path.join(dir, "registry.json"), JSON.stringify([block]));
  await mkdir(path.join(dir, "chart-card"));
  await writeFile(
    path.join(dir, "chart-card/index.ts"),
    'export { ChartCard, type ChartCardProps } from "./chart-card";\n',
  );
  await writeFile(path.join(dir, "chart-card/chart-card.tsx"), "export function ChartCard() {}\n");
  return dir;
}

describe("nexod add", () => {
  it("bundles every block with the peers and stylesheets of the components it uses", async () => {
    const registry = JSON.parse(await read(BUILT_BLOCKS, "registry.json")) as RegistryBlock[];
    const byName = new Map(registry.map((block) => [block.name, block]));
    expect(byName.get("list-page")?.packages).toHaveProperty("@tanstack/react-table");
    expect(byName.get("list-page")?.stylesheets).toEqual(["data-table"]);
    expect(byName.get("dashboard")?.packages).toHaveProperty("recharts");
    expect(byName.get("sign-in")?.packages).toHaveProperty("react-hook-form");
    for (const block of registry) {
      expect(block.packages).not.toHaveProperty("react");
      expect(block.packages).not.toHaveProperty("next");
    }
  });

  it("lists the blocks without a name, and names them when one is unknown", async () => {
    const list = await nexod(["add"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/not-found\s+Not found \(404\)/);
    const unknown = await nexod(["add", "nope", "--cwd", await initialisedApp()]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No block named "nope"');
    expect(unknown.stderr).toContain("not-found");
  });

  it("copies a block into components/blocks, and a second run changes nothing", async () => {
    const dir = await initialisedApp();
    const first = await nexod(["add", "not-found", "--yes", "--cwd", dir]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("create components/blocks/not-found/not-found.tsx");
    expect(first.stdout).toContain(
      'import { NotFoundBlock } from "@/components/blocks/not-found";',
    );
    expect(await read(dir, "components/blocks/not-found/not-found.tsx")).toBe(
      await read(BUILT_BLOCKS, "not-found/not-found.tsx"),
    );
    const again = await nexod(["add", "not-found", "--yes", "--cwd", dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Already added: not-found");
  });

  it("keeps a file the product changed unless --overwrite; --dry-run shows the diff", async () => {
    const dir = await initialisedApp();
    await nexod(["add", "not-found", "--yes", "--cwd", dir]);
    const file = "components/blocks/not-found/not-found.tsx";
    const edited = (await read(dir, file)).replace("Page not found", "Lost in space");
    await writeFile(path.join(dir, file), edited);

    const refused = await nexod(["add", "not-found", "--yes", "--cwd", dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`  ${file}\n`);
    expect(refused.stderr).toContain("--overwrite");
    expect(await read(dir, file)).toBe(edited);

    const dry = await nexod(["add", "not-found", "--dry-run", "--overwrite", "--cwd", dir]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      "-        <EmptyStateTitle level={1}>Lost in space</EmptyStateTitle>",
    );
    expect(dry.stdout).toContain("Dry run: nothing was written.");
    expect(await read(dir, file)).toBe(edited);

    const replaced = await nexod(["add", "not-found", "--yes", "--overwrite", "--cwd", dir]);
    expect(replaced.code).toBe(0);
    expect(await read(dir, file)).toContain("Page not found");
  });

  it("installs what a block imports that the app lacks, at the tested range", async () => {
    const dir = await initialisedApp({ zod: "^4.0.0" });
    const blocksDir = await fakeRegistry();
    const dry = await nexod(["add", "chart-card", "--dry-run", "--cwd", dir], { blocksDir });
    expect(dry.stdout).toContain("would run: npm install recharts@^3\n");
    const added = await nexod(["add", "chart-card", "--yes", "--no-install", "--cwd", dir], {
      blocksDir,
    });
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(
      "Skipped installing (--no-install); run:\n  npm install recharts@^3",
    );
    expect(added.stdout).toContain('import { ChartCard } from "@/components/blocks/chart-card";');
  });

  it("imports the stylesheets of the components a block uses, after Nexod's own", async () => {
    const blocksDir = await fakeRegistry();
    for (const [fixture, file, expected] of [
      [
        "next16",
        "app/globals.css",
        '@import "@nexod/ui/styles.css";\n@import "@nexod/ui/chart.css";',
      ],
      [
        "next14",
        "app/globals.css",
        '@import "@nexod/ui/styles.unlayered.css";\n@import "@nexod/ui/chart.unlayered.css";',
      ],
    ] as const) {
      const dir = await initialisedApp({ recharts: "^3.0.0", zod: "^4.0.0" }, fixture);
      const added = await nexod(["add", "chart-card", "--yes", "--no-install", "--cwd", dir], {
        blocksDir,
      });
      expect(added.code).toBe(0);
      expect(added.stdout).toContain(`update ${file}`);
      expect(await read(dir, file)).toContain(expected);
      const again = await nexod(["add", "chart-card", "--yes", "--no-install", "--cwd", dir], {
        blocksDir,
      });
      expect(again.stdout).toContain("Already added");
    }
  });

  it("names the stylesheet import as a manual step when Nexod's CSS is not where it looks", async () => {
    const dir = await initialisedApp();
    await writeFile(path.join(dir, "app/globals.css"), "body { margin: 0; }\n");
    const added = await nexod(["add", "chart-card", "--yes", "--no-install", "--cwd", dir], {
      blocksDir: await fakeRegistry(),
    });
    expect(added.code).toBe(1);
    expect(added.stderr).toContain('@import "@nexod/ui/chart.css";');
    expect(await read(dir, "components/blocks/chart-card/index.ts")).toContain("ChartCard");
  });

  it("follows src/ and --path, and asks before writing", async () => {
    const dir = await initialisedApp();
    await mkdir(path.join(dir, "src"));
    const noTty = await nexod(["add", "not-found", "--cwd", dir]);
    expect(noTty.code).toBe(1);
    expect(noTty.stderr).toContain("pass --yes");
    const declined = await nexod(["add", "not-found", "--cwd", dir], { tty: true });
    expect(declined.stdout).toContain("Nothing was changed.");
    expect(existsSync(path.join(dir, "src/components/blocks/not-found/index.ts"))).toBe(false);
    const accepted = await nexod(["add", "not-found", "--cwd", dir], { tty: true, answer: true });
    expect(accepted.code).toBe(0);
    expect(existsSync(path.join(dir, "src/components/blocks/not-found/index.ts"))).toBe(true);

    const custom = await nexod(["add", "not-found", "--yes", "--path", "ui/pages", "--cwd", dir]);
    expect(custom.stdout).toContain("create ui/pages/not-found/index.ts");
    expect(custom.stdout).toContain('from "@/ui/pages/not-found"');
  });

  it("refuses an app without @nexod/ui or without TypeScript, writing nothing", async () => {
    const bare = await app("next16");
    const noUi = await nexod(["add", "not-found", "--yes", "--cwd", bare]);
    expect(noUi.code).toBe(1);
    expect(noUi.stderr).toContain("run `npx @nexod/cli init` first");

    const js = await initialisedApp();
    await rm(path.join(js, "tsconfig.json"));
    const noTs = await nexod(["add", "not-found", "--yes", "--cwd", js]);
    expect(noTs.code).toBe(1);
    expect(noTs.stderr).toContain("Blocks are TypeScript source");
    expect(existsSync(path.join(js, "components"))).toBe(false);
  });
});
