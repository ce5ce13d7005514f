import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { NotFoundBlock } from "./not-found";

const meta = {
  title: "Blocks/Not Found",
  component: NotFoundBlock,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof NotFoundBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { homeHref: "/", supportHref: "/support" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Back to home" })).toHaveAttribute("href", "/");
    await expect(canvas.getByRole("link", { name: "Contact support" })).toHaveAttribute(
      "href",
      "/support",
    );
  },
};

/** Without a support address only the way home is offered. */
export const WithoutSupport: Story = {
  args: { homeHref: "/" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("link")).toHaveLength(1);
  },
};
