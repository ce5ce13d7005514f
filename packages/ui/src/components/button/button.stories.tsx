import { ArrowRightIcon, PlusIcon, SaveIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid, cellSelectors } from "../../stories/states-grid";
import { Button, type ButtonProps } from "./button";

const variants = ["primary", "secondary", "outline", "ghost", "destructive", "link"] as const;

const meta = {
  title: "Forms/Button",
  component: Button,
  tags: ["autodocs"],
  args: { children: "Save changes", onClick: fn() },
  argTypes: {
    variant: {
      control: "select",
      options: ["primary", "secondary", "outline", "ghost", "destructive", "link"],
    },
    size: { control: "select", options: ["sm", "md", "lg", "icon"] },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Save changes" }));
    await expect(args.onClick).toHaveBeenCalledOnce();
  },
};

export const Variants: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 12, flexWrap: "wrap", alignItems: "center" }}>
      <Button {...args} variant="primary">
        Primary
      </Button>
      <Button {...args} variant="secondary">
        Secondary
      </Button>
      <Button {...args} variant="outline">
        Outline
      </Button>
      <Button {...args} variant="ghost">
        Ghost
      </Button>
      <Button {...args} variant="destructive">
        Destructive
      </Button>
      <Button {...args} variant="link">
        Link
      </Button>
    </div>
  ),
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 12, alignItems: "center" }}>
      <Button {...args} size="sm">
        Small
      </Button>
      <Button {...args} size="md">
        Medium
      </Button>
      <Button {...args} size="lg">
        Large
      </Button>
      <Button {...args} size="icon" aria-label="Add item">
        <PlusIcon size="sm" />
      </Button>
    </div>
  ),
};

/** An icon before or after the text, in every size. The icon is decorative: the text names the button. */
export const WithIcon: Story = {
  name: "With Icon",
  render: (args) => (
    <div
      style={{
        display: "grid",
        gridTemplateColumns: "auto auto",
        gap: 12,
        justifyContent: "start",
        justifyItems: "start",
        alignItems: "center",
      }}
    >
      {(["sm", "md", "lg"] as const).map((size) => {
        const iconSize = size === "lg" ? "md" : "sm";
        return (
          <React.Fragment key={size}>
            <Button {...args} size={size}>
              <SaveIcon size={iconSize} />
              Save changes
            </Button>
            <Button {...args} size={size} variant="outline">
              Continue
              <ArrowRightIcon size={iconSize} />
            </Button>
          </React.Fragment>
        );
      })}
    </div>
  ),
};

/** Every variant disabled, so a disabled primary is never mistaken for an enabled secondary. */
export const Disabled: Story = {
  args: { disabled: true },
  render: (args) => (
    <div style={{ display: "flex", gap: 12, flexWrap: "wrap", alignItems: "center" }}>
      {variants.map((variant) => (
        <Button key={variant} {...args} variant={variant}>
          {variant[0]!.toUpperCase() + variant.slice(1)}
        </Button>
      ))}
    </div>
  ),
};

export const Loading: Story = {
  args: { loading: true },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole("button", { name: "Save changes" });
    await expect(button).toHaveAttribute("aria-busy", "true");
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const AsLink: Story = {
  args: { asChild: true, variant: "outline", children: <a href="#settings">Open settings</a> },
};

const states = ["rest", "hover", "focus", "disabled", "loading"] as const;
const stateProps: Record<(typeof states)[number], ButtonProps> = {
  rest: {},
  hover: {},
  focus: {},
  disabled: { disabled: true },
  loading: { loading: true },
};

/** Every variant in every state. Hover and keyboard focus are forced with the pseudo-states addon. */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: cellSelectors("button", variants, "hover"),
      focusVisible: cellSelectors("button", variants, "focus"),
    },
  },
  render: (args) => (
    <StatesGrid
      states={states}
      rows={variants.map((variant) => ({
        name: variant,
        cells: states.map((state) => (
          <Button
            key={state}
            {...args}
            {...stateProps[state]}
            id={`button-${variant}-${state}`}
            variant={variant}
          >
            Save changes
          </Button>
        )),
      }))}
    />
  ),
};
