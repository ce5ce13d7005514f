import {
  Controls,
  Description,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
} from "@storybook/addon-docs/blocks";
import * as React from "react";
import { componentOfTitle, figmaUrlOf } from "../src/figma/figma-design.ts";
import { usageBlocks } from "./usage-blocks";

/**
 * Each component's usage guidance (`<folder>/<folder>.usage.mdx` beside its stories), loaded
 * when its docs page opens, keyed by folder name (`radio-group`). The MDX uses `Example`, `DoDont`,
 * `Do` and `Dont` from usage-blocks.tsx without importing them.
 */
const usageModules = import.meta.glob<{ default: React.ComponentType<{ components?: object }> }>(
  "../../../packages/ui/src/components/*/*.usage.mdx",
);

const usageByFolder = new Map(
  Object.entries(usageModules).map(([file, load]) => [
    file
      .split("/")
      .at(-1)!
      .replace(/\.usage\.mdx$/, ""),
    React.createElement(React.lazy(load), { components: usageBlocks }),
  ]),
);

/** `RadioGroup` → `radio-group`: the folder a component lives in. */
function folderOf(component: string): string {
  return component.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

function useComponentName(): string {
  return componentOfTitle(useOf("meta", ["meta"]).preparedMeta.title);
}

/** The component's Figma frame from `figma.config.ts`, as a link; nothing without an entry. */
function FigmaLink() {
  const component = useComponentName();
  const url = figmaUrlOf(component);
  if (!url) return null;
  return (
    <p className="sbdocs sbdocs-p">
      <a href={url} target="_blank" rel="noreferrer">
        {component} in Figma ↗
      </a>{" "}
      — compare with the stories below (the <em>Design</em> panel of each story embeds it).
    </p>
  );
}

/** When to use the component, what to use instead, do's and don'ts, with live examples. */
function Usage() {
  const guidance = usageByFolder.get(folderOf(useComponentName()));
  if (!guidance) return null;
  return (
    <>
      <h2 className="sbdocs sbdocs-h2" id="usage">
        Usage
      </h2>
      <React.Suspense fallback={<p className="sbdocs sbdocs-p">Loading usage…</p>}>
        {guidance}
      </React.Suspense>
    </>
  );
}

/** Storybook's autodocs page plus the Figma link and the usage guidance before the stories. */
export function ComponentDocsPage() {
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <FigmaLink />
      <Usage />
      <Primary />
      <Controls />
      <Stories />
    </>
  );
}
