import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Field } from "../field";
import { Label } from "../label";
import { Switch } from "./switch";

const meta = {
  title: "Forms/Switch",
  component: Switch,
  tags: ["autodocs"],
  args: { onCheckedChange: fn() },
  argTypes: {
    size: { control: "select", options: ["sm", "md"] },
    checked: { control: "boolean" },
    disabled: { control: "boolean" },
  },
  render: (args) => (
    <Field orientation="horizontal" label="Airplane mode">
      <Switch {...args} />
    </Field>
  ),
} satisfies Meta<typeof Switch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const toggle = within(canvasElement).getByRole("switch", { name: "Airplane mode" });
    await userEvent.click(toggle);
    await expect(toggle).toBeChecked();
    await userEvent.keyboard(" ");
    await expect(toggle).not.toBeChecked();
    await expect(args.onCheckedChange).toHaveBeenLastCalledWith(false);
  },
};

export const Checked: Story = { args: { defaultChecked: true } };

export const Disabled: Story = { args: { disabled: true } };

export const DisabledChecked: Story = { args: { disabled: true, defaultChecked: true } };

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12 }}>
      <Field orientation="horizontal" label="Small">
        <Switch {...args} size="sm" />
      </Field>
      <Field orientation="horizontal" label="Small, on">
        <Switch {...args} size="sm" defaultChecked />
      </Field>
      <Field orientation="horizontal" label="Medium">
        <Switch {...args} size="md" />
      </Field>
      <Field orientation="horizontal" label="Medium, on">
        <Switch {...args} size="md" defaultChecked />
      </Field>
    </div>
  ),
};

/** A `Label` after the switch, pointing at it with `htmlFor`. */
export const WithLabel: Story = {
  render: function WithLabel(args) {
    const id = React.useId();
    return (
      <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
        <Switch {...args} id={id} />
        <Label htmlFor={id}>Wi-Fi</Label>
      </div>
    );
  },
};

export const InFieldWithDescription: Story = {
  render: (args) => (
    <Field
      orientation="horizontal"
      label="Marketing emails"
      description="Receive emails about new products and features."
    >
      <Switch {...args} />
    </Field>
  ),
};

const switchRows = ["off", "on"] as const;

/** Off and on in every state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("switch", switchRows),
  render: (args) => (
    <ControlStatesGrid
      prefix="switch"
      rows={switchRows}
      renderCell={(row, state, stateProps) => (
        <Switch
          {...args}
          {...stateProps}
          aria-label={`Notifications, ${row}, ${state}`}
          defaultChecked={row === "on"}
        />
      )}
    />
  ),
};
