// Figma links for the stories, docs pages and manifest, all taken from `figma.config.ts`.
import { type FigmaFrame, figmaFrames } from "../../figma.config.ts";

/**
 * The designs addon's parameter: a Figma frame, or `disable` to hide the Design panel. No `name`:
 * the addon would title the panel tab with it instead of "Design".
 */
export type DesignParameter = { type: "figma"; url: string } | { disable: true };

/** The component a story title documents: its last segment (`Forms/RadioGroup` → `RadioGroup`). */
export function componentOfTitle(title: string): string {
  return title.split("/").at(-1)!.trim();
}

/** The frame's link as Figma writes it: `https://www.figma.com/design/<key>/?node-id=<node>`. */
export function figmaUrl(frame: FigmaFrame): string {
  const nodeId = frame.nodeId.trim().replace(/:/g, "-");
  return `https://www.figma.com/design/${encodeURIComponent(frame.fileKey.trim())}/?node-id=${encodeURIComponent(nodeId)}`;
}

/** The Figma URL of a component, when `figma.config.ts` has an entry for it. */
export function figmaUrlOf(
  component: string,
  frames: Readonly<Record<string, FigmaFrame>> = figmaFrames,
): string | undefined {
  const frame = Object.hasOwn(frames, component) ? frames[component] : undefined;
  return frame ? figmaUrl(frame) : undefined;
}

/** `parameters.design` for the stories of a component: its frame, else the panel hidden. */
export function designParameterOf(
  component: string,
  frames: Readonly<Record<string, FigmaFrame>> = figmaFrames,
): DesignParameter {
  const url = figmaUrlOf(component, frames);
  return url ? { type: "figma", url } : { disable: true };
}
