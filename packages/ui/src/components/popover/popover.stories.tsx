import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
import { Field } from "../field";
import { Input } from "../input";
import {
  Popover,
  PopoverAnchor,
  PopoverClose,
  PopoverContent,
  PopoverDescription,
  PopoverTitle,
  PopoverTrigger,
  type PopoverContentProps,
} from "./popover";

function DimensionsPopover({
  defaultOpen,
  ...contentProps
}: PopoverContentProps & { defaultOpen?: boolean }) {
  return (
    <Popover defaultOpen={defaultOpen}>
      <PopoverTrigger asChild>
        <Button variant="outline">Dimensions</Button>
      </PopoverTrigger>
      {/* Open-for-review stories stay open when focus moves to the other side-by-side copy. */}
      <PopoverContent
        onFocusOutside={defaultOpen ? (event) => event.preventDefault() : undefined}
        {...contentProps}
      >
        <PopoverTitle>Dimensions</PopoverTitle>
        <PopoverDescription>Set the size of the layer.</PopoverDescription>
        <Field label="Width">
          <Input defaultValue="100%" size="sm" />
        </Field>
        <Field label="Height">
          <Input defaultValue="25px" size="sm" />
        </Field>
        <div style={{ display: "flex", justifyContent: "flex-end" }}>
          <PopoverClose asChild>
            <Button size="sm">Apply</Button>
          </PopoverClose>
        </div>
      </PopoverContent>
    </Popover>
  );
}

const meta = {
  title: "Overlays/Popover",
  component: PopoverContent,
  subcomponents: {
    Popover,
    PopoverTrigger,
    PopoverAnchor,
    PopoverTitle,
    PopoverDescription,
    PopoverClose,
  },
  tags: ["autodocs"],
  args: { side: "bottom", align: "center", sideOffset: 4 },
  argTypes: {
    side: { control: "select", options: ["top", "right", "bottom", "left"] },
    align: { control: "select", options: ["start", "center", "end"] },
    sideOffset: { control: { type: "number", min: 0, max: 24, step: 4 } },
  },
  parameters: {
    layout: "centered",
  },
  decorators: [
    (Story) => (
      <div style={{ minHeight: 360, display: "grid", placeItems: "center" }}>
        <Story />
      </div>
    ),
  ],
  render: (args) => <DimensionsPopover {...args} />,
} satisfies Meta<typeof PopoverContent>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Dimensions" });
    await userEvent.click(trigger);
    const popover = await body.findByRole("dialog", { name: "Dimensions" });
    await expect(popover).toHaveAccessibleDescription("Set the size of the layer.");
    await waitFor(() =>
      expect(within(popover).getByRole("textbox", { name: "Width" })).toHaveFocus(),
    );
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Dimensions" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const popover = await body.findByRole("dialog", { name: "Dimensions" });
    await userEvent.tab();
    await expect(within(popover).getByRole("textbox", { name: "Height" })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const Open: Story = {
  render: (args) => <DimensionsPopover {...args} defaultOpen />,
};

export const AlignStart: Story = {
  args: { align: "start" },
  render: (args) => <DimensionsPopover {...args} defaultOpen />,
};

export const Top: Story = {
  args: { side: "top" },
  render: (args) => <DimensionsPopover {...args} defaultOpen />,
};

export const WithAnchor: Story = {
  render: (args) => (
    <Popover defaultOpen>
      <PopoverAnchor asChild>
        <div
          style={{
            display: "flex",
            gap: "var(--nx-spacing-3)",
            alignItems: "center",
            padding: "var(--nx-spacing-3)",
            border: "1px solid var(--nx-color-border)",
            fontFamily: "var(--nx-font-family-sans)",
            borderRadius: "var(--nx-radius-md)",
          }}
        >
          <span>Invoice #1042</span>
          <PopoverTrigger asChild>
            <Button size="sm" variant="ghost">
              Add note
            </Button>
          </PopoverTrigger>
        </div>
      </PopoverAnchor>
      <PopoverContent {...args} align="start">
        <PopoverTitle>Note</PopoverTitle>
        <PopoverDescription>The popover lines up with the whole row.</PopoverDescription>
        <div style={{ display: "flex", justifyContent: "flex-end" }}>
          <PopoverClose asChild>
            <Button size="sm" variant="outline">
              Close
            </Button>
          </PopoverClose>
        </div>
      </PopoverContent>
    </Popover>
  ),
};

export const Controlled: Story = {
  render: function ControlledPopover(args) {
    const [open, setOpen] = React.useState(false);
    return (
      <div
        style={{
          display: "flex",
          gap: 12,
          alignItems: "center",
          fontFamily: "var(--nx-font-family-sans)",
        }}
      >
        <Popover open={open} onOpenChange={setOpen}>
          <PopoverTrigger asChild>
            <Button variant="outline">Share</Button>
          </PopoverTrigger>
          <PopoverContent {...args}>
            <PopoverTitle>Share</PopoverTitle>
            <PopoverDescription>The open state lives in the story.</PopoverDescription>
            <Button size="sm" onClick={() => setOpen(false)}>
              Copy link
            </Button>
          </PopoverContent>
        </Popover>
        <span aria-live="polite">{open ? "Popover open" : "Popover closed"}</span>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole("button", { name: "Share" }));
    const popover = await body.findByRole("dialog", { name: "Share" });
    await waitFor(() => expect(popover).toBeVisible());
    await expect(canvas.getByText("Popover open")).toBeInTheDocument();
    await userEvent.click(body.getByRole("button", { name: "Copy link" }));
    await waitFor(() => expect(canvas.getByText("Popover closed")).toBeVisible());
  },
};
