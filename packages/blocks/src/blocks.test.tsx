// Every block is copyable source: a folder with block.json and index.ts, importing only what a
// product has (React, Next, @nexod packages, the npm packages this package declares) and no
// other block, and every story of it renders on the server.
import { composeStories } from "@storybook/react-vite";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { blockSources, readBlocks } from "../scripts/blocks.mjs";

const srcDir = import.meta.dirname;
const blocks = readBlocks(srcDir);
const declared = new Set(
  Object.keys(
    (
      JSON.parse(readFileSync(path.join(srcDir, "../package.json"), "utf8")) as {
        dependencies: Record<string, string>;
      }
    ).dependencies,
  ),
);

it("finds the blocks", () => {
  expect(blocks.map((block) => block.name)).toContain("not-found");
});

describe.each(blocks)("$name", (block) => {
  it("has a title, a description and an index", () => {
    expect(block.title).toMatch(/\S/);
    expect(block.description.length).toBeGreaterThan(20);
    expect(block.files).toContain("index.ts");
  });

  it("imports only React, Next, @nexod packages, declared packages and its own files", () => {
    for (const { file, specifier } of block.imports) {
      if (specifier.startsWith(".")) {
        const target = path.resolve(srcDir, block.name, path.dirname(file), specifier);
        expect(
          path.relative(path.join(srcDir, block.name), target).startsWith(".."),
          `${block.name}/${file} imports ${specifier}, outside its folder: a copied block would lose it`,
        ).toBe(false);
      } else {
        expect(declared, `${block.name}/${file} imports ${specifier}`).toContain(
          block.packageOf(specifier),
        );
      }
    }
  });

  it("renders every story on the server", async () => {
    const stories = composeStories(
      (await import(`./${block.name}/${block.name}.stories.tsx`)) as Parameters<
        typeof composeStories
      >[0],
    ) as Record<string, React.ComponentType>;
    expect(Object.keys(stories).length).toBeGreaterThan(0);
    for (const Story of Object.values(stories)) expect(renderToString(<Story />)).not.toBe("");
  });
});

it("ships every source file of a block and none of its stories, tests or manifest", () => {
  for (const block of blocks) {
    const all = readdirSync(path.join(srcDir, block.name));
    const expected = all.filter(
      (file) => /\.(tsx?|css)$/.test(file) && !/\.(stories|test)\.tsx$/.test(file),
    );
    expect(block.files.slice().sort()).toEqual(expected.sort());
    expect(block.files).not.toContain("block.json");
  }
  expect(blockSources(["a.tsx", "a.stories.tsx", "a.test.tsx", "block.json", "b.css"])).toEqual([
    "a.tsx",
    "b.css",
  ]);
});
