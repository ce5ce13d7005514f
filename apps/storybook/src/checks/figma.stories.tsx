import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { designParameterOf } from "../figma/figma-design";

/**
 * Guards the Figma wiring: `figma-annotations.ts` (added by `previewAnnotations` in main.ts) must
 * replace a story's own `parameters.design` with what `figma.config.ts` says, here "no entry", so
 * the Design panel is hidden. Hidden from the sidebar, run by `vitest` in both theme projects.
 */
const meta = {
  title: "Checks/Figma",
  tags: ["!dev", "!autodocs", "!manifest"],
  parameters: { design: { type: "figma", url: "https://www.figma.com/design/placeholder" } },
  render: () => <p>The Figma frame comes from figma.config.ts.</p>,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const ConfigurationReplacesStoryDesign: Story = {
  play: async ({ parameters }) => {
    await expect(parameters["design"]).toEqual(designParameterOf("Figma"));
    await expect(parameters["design"]).toEqual({ disable: true });
  },
};
