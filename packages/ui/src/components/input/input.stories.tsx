import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Field } from "../field";
import { Label } from "../label";
import { Input } from "./input";

const meta = {
  title: "Forms/Input",
  component: Input,
  tags: ["autodocs"],
  args: { type: "email", placeholder: "you@example.com" },
  argTypes: {
    size: { control: "select", options: ["sm", "md", "lg"] },
    type: { control: "select", options: ["text", "email", "password", "number", "search", "file"] },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  render: (args) => (
    <Field label="Email" style={{ maxWidth: 320 }}>
      <Input {...args} />
    </Field>
  ),
} satisfies Meta<typeof Input>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("textbox", { name: "Email" });
    await userEvent.type(input, "ada@example.com");
    await expect(input).toHaveValue("ada@example.com");
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 16, maxWidth: 320 }}>
      <Field label="Small">
        <Input {...args} size="sm" />
      </Field>
      <Field label="Medium">
        <Input {...args} size="md" />
      </Field>
      <Field label="Large">
        <Input {...args} size="lg" />
      </Field>
    </div>
  ),
};

export const Disabled: Story = { args: { disabled: true, defaultValue: "ada@example.com" } };

export const Invalid: Story = { args: { "aria-invalid": true, defaultValue: "ada@" } };

export const Password: Story = {
  args: { type: "password", placeholder: undefined, defaultValue: "correct horse" },
  render: (args) => (
    <Field label="Password" style={{ maxWidth: 320 }}>
      <Input {...args} />
    </Field>
  ),
};

export const File: Story = {
  args: { type: "file", placeholder: undefined, accept: "image/*" },
  render: (args) => (
    <Field label="Avatar" description="PNG or JPEG, up to 2 MB." style={{ maxWidth: 320 }}>
      <Input {...args} />
    </Field>
  ),
};

/** A `Label` pointing at the input with `htmlFor`, without a Field. */
export const WithLabel: Story = {
  render: function WithLabel(args) {
    const id = React.useId();
    return (
      <div style={{ display: "grid", gap: 6, maxWidth: 320 }}>
        <Label htmlFor={id}>Email</Label>
        <Input {...args} id={id} />
      </div>
    );
  },
};

export const InFieldWithError: Story = {
  args: { defaultValue: "ada@" },
  render: (args) => (
    <Field
      label="Email"
      description="We never share it."
      error="Enter a valid email address."
      required
      style={{ maxWidth: 320 }}
    >
      <Input {...args} />
    </Field>
  ),
};

const inputSizes = ["sm", "md", "lg"] as const;

/** Every size in every state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("input", inputSizes),
  render: (args) => (
    <ControlStatesGrid
      prefix="input"
      rows={inputSizes}
      renderCell={(size, state, stateProps) => (
        <Input
          {...args}
          {...stateProps}
          aria-label={`Email, ${size}, ${state}`}
          size={size}
          defaultValue="ada@example.com"
          style={{ width: "var(--nx-spacing-48)" }}
        />
      )}
    />
  ),
};
