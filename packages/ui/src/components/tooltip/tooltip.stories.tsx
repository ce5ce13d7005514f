import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
import { Tooltip, TooltipContent, TooltipProvider, TooltipTrigger } from "./tooltip";

/** Open stories render in their own iframe on the docs page so the tooltips stay inside. */
const openInDocs = { docs: { story: { inline: false, height: "240px" } } };

const meta = {
  title: "Overlays/Tooltip",
  component: TooltipContent,
  subcomponents: { TooltipProvider, Tooltip, TooltipTrigger },
  tags: ["autodocs"],
  args: { children: "Add to library", side: "top", sideOffset: 4, arrow: false },
  argTypes: {
    side: { control: "select", options: ["top", "right", "bottom", "left"] },
    sideOffset: { control: { type: "number", min: 0, max: 16, step: 2 } },
    arrow: { control: "boolean" },
  },
  parameters: {
    layout: "centered",
  },
  decorators: [
    (Story) => (
      <div style={{ padding: 64 }}>
        <Story />
      </div>
    ),
  ],
  render: (args) => (
    <Tooltip>
      <TooltipTrigger asChild>
        <Button variant="outline">Bookmark</Button>
      </TooltipTrigger>
      <TooltipContent {...args} />
    </Tooltip>
  ),
} satisfies Meta<typeof TooltipContent>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Bookmark" });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    const tooltip = await body.findByRole("tooltip", { name: "Add to library" });
    await waitFor(() => expect(tooltip).toBeVisible());
    await expect(trigger).toHaveAccessibleDescription("Add to library");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("tooltip")).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

export const WithArrow: Story = {
  args: { arrow: true },
  parameters: openInDocs,
  render: (args) => (
    <Tooltip defaultOpen>
      <TooltipTrigger asChild>
        <Button variant="outline">Bookmark</Button>
      </TooltipTrigger>
      <TooltipContent {...args} />
    </Tooltip>
  ),
};

export const Sides: Story = {
  parameters: { docs: { story: { inline: false, height: "480px" } } },
  render: (args) => (
    <div
      style={{
        display: "grid",
        gridTemplateColumns: "repeat(2, auto)",
        gap: "96px 240px",
        padding: "48px 160px",
      }}
    >
      {(["top", "right", "bottom", "left"] as const).map((side) => (
        <Tooltip key={side} open>
          <TooltipTrigger asChild>
            <Button variant="outline">{side}</Button>
          </TooltipTrigger>
          <TooltipContent {...args} side={side}>
            Tooltip on the {side}
          </TooltipContent>
        </Tooltip>
      ))}
    </div>
  ),
};

export const LongText: Story = {
  args: {
    children:
      "Bookmarked items sync to every device you are signed in on and stay available offline.",
  },
  parameters: openInDocs,
  render: (args) => (
    <Tooltip defaultOpen>
      <TooltipTrigger asChild>
        <Button variant="outline">Bookmark</Button>
      </TooltipTrigger>
      <TooltipContent {...args} />
    </Tooltip>
  ),
};

/** The app wraps its root in one `TooltipProvider`; moving along the toolbar skips the delay. */
export const ToolbarWithProvider: Story = {
  render: (args) => (
    <TooltipProvider delayDuration={300}>
      <div role="group" aria-label="Text formatting" style={{ display: "flex", gap: 4 }}>
        {[
          ["Bold", "B"],
          ["Italic", "I"],
          ["Underline", "U"],
        ].map(([label, glyph]) => (
          <Tooltip key={label}>
            <TooltipTrigger asChild>
              <Button variant="ghost" size="icon" aria-label={label}>
                {glyph}
              </Button>
            </TooltipTrigger>
            <TooltipContent {...args}>{label}</TooltipContent>
          </Tooltip>
        ))}
      </div>
    </TooltipProvider>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.hover(body.getByRole("button", { name: "Bold" }));
    const bold = await body.findByRole("tooltip", { name: "Bold" });
    await waitFor(() => expect(bold).toBeVisible());
    await userEvent.hover(body.getByRole("button", { name: "Italic" }));
    const italic = await body.findByRole("tooltip", { name: "Italic" });
    await waitFor(() => expect(italic).toBeVisible());
    await userEvent.unhover(body.getByRole("button", { name: "Italic" }));
  },
};
