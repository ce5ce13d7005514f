// @vitest-environment node
// Every story of every component renders on the server, and every exported component is
// used by a story of its folder or rendered by another part of it (DialogContent renders
// DialogPortal). Stories come from the folders, so a new component needs no entry here.
import { composeStories } from "@storybook/react-vite";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

const componentsDir = path.join(import.meta.dirname, "components");
const folders = readdirSync(componentsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type StoriesModule = Parameters<typeof composeStories>[0];
const storiesByFolder = await Promise.all(
  folders.map(async (folder) => {
    const stories = (await import(`./components/${folder}/${folder}.stories.tsx`)) as StoriesModule;
    return [folder, composeStories(stories) as Record<string, React.ComponentType>] as const;
  }),
);

/** A React component: a function named in PascalCase, or a forwardRef/memo object. */
function isComponent(name: string, value: unknown) {
  if (typeof value === "function") return /^[A-Z]/.test(name);
  return typeof value === "object" && value !== null && "$$typeof" in value;
}

/** Component sources of a folder (not its stories, tests, index or meta). */
function componentSources(folder: string) {
  return readdirSync(path.join(componentsDir, folder))
    .filter(
      (file) => /\.tsx?$/.test(file) && !/\.(stories|test)\.tsx?$|^(index|meta)\.ts$/.test(file),
    )
    .map((file) => readFileSync(path.join(componentsDir, folder, file), "utf8"))
    .join("\n");
}

describe.each(storiesByFolder)("%s stories render with renderToString", (_folder, stories) => {
  it.each(Object.entries(stories))("%s", (_name, Story) => {
    expect(renderToString(<Story />)).not.toBe("");
  });
});

describe.each(folders)("%s exports", (folder) => {
  it("are each rendered by a story", async () => {
    const exports = (await import(`./components/${folder}/index.ts`)) as Record<string, unknown>;
    const stories = readFileSync(path.join(componentsDir, folder, `${folder}.stories.tsx`), "utf8");
    const sources = componentSources(folder);
    const rendered = (name: string) =>
      new RegExp(`\\b${name}\\b`).test(stories) || new RegExp(`<${name}[\\s/>]`).test(sources);
    const missing = Object.entries(exports)
      .filter(([name, value]) => isComponent(name, value) && !rendered(name))
      .map(([name]) => name);
    expect(
      missing,
      `No story of ${folder}.stories.tsx renders ${missing.join(", ")}: add a story that does, so the server-render test (and Storybook) covers it.`,
    ).toEqual([]);
  });
});
