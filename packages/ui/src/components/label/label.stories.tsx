import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { Checkbox } from "../checkbox";
import { Input } from "../input";
import { Label } from "./label";

const meta = {
  title: "Forms/Label",
  component: Label,
  tags: ["autodocs"],
  args: { children: "Email" },
  argTypes: { disabled: { control: "boolean" } },
  render: function Render(args) {
    const id = React.useId();
    return (
      <div style={{ display: "grid", gap: 6, maxWidth: 320 }}>
        <Label {...args} htmlFor={id} />
        <Input id={id} type="email" disabled={args.disabled} />
      </div>
    );
  },
} satisfies Meta<typeof Label>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Disabled: Story = { args: { disabled: true } };

/**
 * After a control. A label beside a disabled control takes `disabled` too: it is styled from its
 * own state, not from the control's.
 */
export const AfterACheckbox: Story = {
  args: { children: "Remember me" },
  render: function AfterACheckbox(args) {
    const id = React.useId();
    return (
      <div style={{ display: "grid", gap: 12 }}>
        <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
          <Checkbox id={`${id}-on`} />
          <Label {...args} htmlFor={`${id}-on`} />
        </div>
        <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
          <Checkbox id={`${id}-off`} disabled />
          <Label htmlFor={`${id}-off`} disabled>
            Remember me (disabled)
          </Label>
        </div>
      </div>
    );
  },
};

export const WrappingItsControl: Story = {
  args: { children: "Notify me by email" },
  render: (args) => (
    <Label style={{ gap: 8 }}>
      <Checkbox />
      {args.children}
    </Label>
  ),
};
