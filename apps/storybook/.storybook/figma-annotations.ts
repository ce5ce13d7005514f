// Project annotations added through `previewAnnotations` in main.ts (beside preview.tsx): the
// Figma frame of every story comes from `figma.config.ts`, not from the stories.
import type { ArgTypesEnhancer } from "storybook/internal/types";
import { componentOfTitle, designParameterOf } from "../src/figma/figma-design.ts";

/**
 * Sets `parameters.design` from `figma.config.ts` on every story and docs entry, replacing what a
 * story file sets. Storybook has no parameters hook; an argTypes enhancer receives the story's
 * freshly combined `parameters` before the story (and the manager's Design panel) reads them, so
 * it sets the parameter there and returns the argTypes untouched.
 */
const withFigmaDesign: ArgTypesEnhancer = ({ argTypes, parameters, title }) => {
  // Stories of this app (checks) match no entry either: their Design panel is hidden too.
  parameters["design"] = designParameterOf(componentOfTitle(title));
  return argTypes;
};

export const argTypesEnhancers = [withFigmaDesign];
