import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { Button } from "../button";
import {
  Popover,
  PopoverContent,
  PopoverDescription,
  PopoverTitle,
  PopoverTrigger,
} from "../popover";
import { Theme } from "./theme";

const meta = {
  title: "Layout/Theme",
  component: Theme,
  tags: ["autodocs"],
  args: { theme: "dark" },
  argTypes: { theme: { control: "inline-radio", options: ["light", "dark"] } },
} satisfies Meta<typeof Theme>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A region in the other mode paints its own background and text. */
export const Default: Story = {
  render: (args) => (
    <Theme {...args} style={{ padding: 24, borderRadius: 8 }}>
      <p style={{ margin: "0 0 12px" }}>This region keeps its own colour mode.</p>
      <Button variant="outline">Action</Button>
    </Theme>
  ),
};

/** A popover opened inside the region renders in a portal, in the region's theme. */
export const OverlayFollowsTheRegion: Story = {
  parameters: { docs: { story: { inline: false, height: "320px" } } },
  render: (args) => (
    <Theme {...args} style={{ padding: 24, borderRadius: 8, minHeight: 240 }}>
      <Popover defaultOpen>
        <PopoverTrigger asChild>
          <Button variant="outline">Details</Button>
        </PopoverTrigger>
        <PopoverContent align="start">
          <PopoverTitle>Details</PopoverTitle>
          <PopoverDescription>
            Rendered in a portal, painted in the region&apos;s theme.
          </PopoverDescription>
        </PopoverContent>
      </Popover>
    </Theme>
  ),
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const popover = await body.findByRole("dialog", { name: "Details" });
    await waitFor(() => expect(popover).toHaveAttribute("data-theme", args.theme));
  },
};
