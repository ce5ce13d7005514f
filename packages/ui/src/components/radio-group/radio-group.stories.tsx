import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Field } from "../field";
import { Label } from "../label";
import { RadioGroup, RadioGroupItem, type RadioGroupItemProps } from "./radio-group";

function Option({ label, ...props }: RadioGroupItemProps & { label: string }) {
  const id = React.useId();
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
      <RadioGroupItem id={id} {...props} />
      <Label htmlFor={id} disabled={props.disabled}>
        {label}
      </Label>
    </div>
  );
}

const meta = {
  title: "Forms/RadioGroup",
  component: RadioGroup,
  subcomponents: { RadioGroupItem },
  tags: ["autodocs"],
  args: { defaultValue: "pro", onValueChange: fn(), "aria-label": "Plan" },
  argTypes: {
    orientation: { control: "select", options: ["vertical", "horizontal"] },
    disabled: { control: "boolean" },
  },
  render: (args) => (
    <RadioGroup {...args}>
      <Option value="free" label="Free" disabled={args.disabled} />
      <Option value="pro" label="Pro" disabled={args.disabled} />
      <Option value="team" label="Team" disabled={args.disabled} />
    </RadioGroup>
  ),
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("radio", { name: "Free" }));
    await expect(canvas.getByRole("radio", { name: "Free" })).toBeChecked();
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("radio", { name: "Pro" })).toHaveFocus();
    await expect(canvas.getByRole("radio", { name: "Pro" })).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith("pro");
  },
};

export const Horizontal: Story = { args: { orientation: "horizontal" } };

/** `loop={false}`: the arrow keys stop at the first and last option instead of wrapping. */
export const WithoutLoop: Story = {
  args: { loop: false, defaultValue: "team" },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const team = canvas.getByRole("radio", { name: "Team" });
    team.focus();
    await userEvent.keyboard("{ArrowDown}");
    await expect(team).toHaveFocus();
    await expect(team).toBeChecked();
    await userEvent.keyboard("{ArrowUp}{ArrowUp}{ArrowUp}");
    const free = canvas.getByRole("radio", { name: "Free" });
    await expect(free).toHaveFocus();
    await expect(free).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith("free");
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const WithDisabledItem: Story = {
  render: (args) => (
    <RadioGroup {...args}>
      <Option value="free" label="Free" />
      <Option value="pro" label="Pro" />
      <Option value="enterprise" label="Enterprise (contact sales)" disabled />
    </RadioGroup>
  ),
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 24 }}>
      <RadioGroup {...args} aria-label="Small plan">
        <Option value="free" label="Small: Free" size="sm" />
        <Option value="pro" label="Small: Pro" size="sm" />
      </RadioGroup>
      <RadioGroup {...args} aria-label="Medium plan">
        <Option value="free" label="Medium: Free" size="md" />
        <Option value="pro" label="Medium: Pro" size="md" />
      </RadioGroup>
    </div>
  ),
};

/** In a Field, the Field's label names the group and its error is announced with it. */
export const InFieldWithError: Story = {
  args: { defaultValue: undefined, "aria-label": undefined },
  render: (args) => (
    <Field
      label="Plan"
      description="You can change it at any time."
      error="Choose a plan to continue."
      required
    >
      <RadioGroup {...args}>
        <Option value="free" label="Free" />
        <Option value="pro" label="Pro" />
        <Option value="team" label="Team" />
      </RadioGroup>
    </Field>
  ),
};

const radioRows = ["unselected", "selected"] as const;

/**
 * An item unselected and selected in every state, each in its own one-item group. Keyboard
 * focus is forced with the pseudo-states addon.
 */
export const States: Story = {
  parameters: controlStatesParameters("radio", radioRows),
  render: () => (
    <ControlStatesGrid
      prefix="radio"
      rows={radioRows}
      renderCell={(row, state, stateProps) => (
        <RadioGroup
          aria-label={`Plan, ${row}, ${state}`}
          defaultValue={row === "selected" ? "pro" : undefined}
        >
          <RadioGroupItem {...stateProps} value="pro" aria-label="Pro" />
        </RadioGroup>
      )}
    />
  ),
};
