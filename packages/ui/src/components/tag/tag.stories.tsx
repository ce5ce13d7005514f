import { TagIcon, UserIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid, cellSelectors } from "../../stories/states-grid";
import { Tag } from "./tag";

const variants = [
  "neutral",
  "primary",
  "outline",
  "success",
  "warning",
  "destructive",
  "info",
] as const;

const rowStyle: React.CSSProperties = {
  display: "flex",
  gap: 8,
  flexWrap: "wrap",
  alignItems: "center",
};

const meta = {
  title: "Forms/Tag",
  component: Tag,
  tags: ["autodocs"],
  args: { children: "Design" },
  argTypes: {
    variant: { control: "select", options: variants },
    size: { control: "select", options: ["sm", "md"] },
    disabled: { control: "boolean" },
  },
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Variants: Story = {
  render: (args) => (
    <div style={rowStyle}>
      {variants.map((variant) => (
        <Tag {...args} key={variant} variant={variant}>
          {variant}
        </Tag>
      ))}
    </div>
  ),
};

export const Sizes: Story = {
  render: (args) => (
    <div style={rowStyle}>
      <Tag {...args} size="sm" onRemove={() => {}}>
        Small
      </Tag>
      <Tag {...args} size="md" onRemove={() => {}}>
        Medium
      </Tag>
    </div>
  ),
};

export const WithIcon: Story = {
  render: (args) => (
    <div style={rowStyle}>
      <Tag {...args} icon={<TagIcon />}>
        Release
      </Tag>
      <Tag {...args} variant="info" icon={<UserIcon />} onRemove={() => {}}>
        Assigned to me
      </Tag>
    </div>
  ),
};

/** Removable tags, as a list of active filters: click "×", or focus it and press Backspace. */
export const Removable: Story = {
  args: { onRemove: fn() },
  render: function Removable(args) {
    const [filters, setFilters] = React.useState(["Open", "Assigned to me", "Priority: high"]);
    return (
      <div style={rowStyle} role="list" aria-label="Active filters">
        {filters.map((filter) => (
          <span role="listitem" key={filter}>
            <Tag
              {...args}
              onRemove={() => {
                args.onRemove?.();
                setFilters((current) => current.filter((entry) => entry !== filter));
              }}
            >
              {filter}
            </Tag>
          </span>
        ))}
      </div>
    );
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Remove Open" }));
    await expect(canvas.queryByText("Open")).toBeNull();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Remove Assigned to me" })).toHaveFocus();
    await userEvent.keyboard("{Backspace}");
    await expect(canvas.queryByText("Assigned to me")).toBeNull();
    canvas.getByRole("button", { name: "Remove Priority: high" }).focus();
    await userEvent.keyboard("{Delete}");
    await expect(canvas.queryAllByRole("listitem")).toHaveLength(0);
    await expect(args.onRemove).toHaveBeenCalledTimes(3);
  },
};

export const Disabled: Story = {
  args: { disabled: true, onRemove: fn() },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole("button", { name: "Remove Design" });
    await expect(button).toBeDisabled();
    await userEvent.click(button);
    await expect(args.onRemove).not.toHaveBeenCalled();
  },
};

const states = ["rest", "hover", "focus", "disabled"] as const;

/** Every variant, removable, in every state; hover and focus are forced on the remove button. */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: cellSelectors("tag", variants, "hover").map((tag) => `${tag} button`),
      focusVisible: cellSelectors("tag", variants, "focus").map((tag) => `${tag} button`),
    },
  },
  render: () => (
    <StatesGrid
      states={states}
      rows={variants.map((variant) => ({
        name: variant,
        cells: states.map((state) => (
          <Tag
            key={state}
            id={`tag-${variant}-${state}`}
            variant={variant}
            disabled={state === "disabled"}
            onRemove={() => {}}
            removeLabel={`Remove Design, ${variant}, ${state}`}
          >
            Design
          </Tag>
        )),
      }))}
    />
  ),
};
