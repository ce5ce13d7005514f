import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { parseColor } from "../tokens/contrast";
import { getToken, valueIn } from "../tokens/data";

/**
 * Guards the test set-up itself: the `storybook-dark` project must really render in dark mode
 * (otherwise "axe in light and dark" would silently test light twice). Hidden from the sidebar
 * (`!dev`), run by `vitest` in both theme projects.
 */
const meta = {
  title: "Checks/Theme",
  tags: ["!dev", "!autodocs", "!manifest"],
  render: () => <p>The page follows the theme global.</p>,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function rgb(value: string) {
  const { r, g, b } = parseColor(value);
  return [Math.round(r), Math.round(g), Math.round(b)];
}

export const TokensFollowTheGlobal: Story = {
  play: async ({ globals, canvasElement }) => {
    const mode = globals.theme === "dark" ? "dark" : "light";
    const root = canvasElement.ownerDocument.documentElement;
    await expect(root.dataset.theme).toBe(mode);

    const background = getToken("color.background");
    const variable = getComputedStyle(root).getPropertyValue(background.cssVar).trim();
    await expect(rgb(variable)).toEqual(rgb(valueIn(background, mode)));

    const painted = getComputedStyle(canvasElement.ownerDocument.body).backgroundColor;
    await expect(rgb(painted)).toEqual(rgb(valueIn(background, mode)));

    const text = getComputedStyle(canvasElement.querySelector("p")!).color;
    await expect(rgb(text)).toEqual(rgb(valueIn(getToken("color.foreground"), mode)));
  },
};
