import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Field } from "../field";
import { Label } from "../label";
import { Textarea } from "./textarea";

const meta = {
  title: "Forms/Textarea",
  component: Textarea,
  tags: ["autodocs"],
  args: { placeholder: "Tell us about yourself" },
  argTypes: {
    size: { control: "select", options: ["sm", "md", "lg"] },
    autoResize: { control: "boolean" },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  render: (args) => (
    <Field label="Bio" style={{ maxWidth: 400 }}>
      <Textarea {...args} />
    </Field>
  ),
} satisfies Meta<typeof Textarea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 16, maxWidth: 400 }}>
      <Field label="Small">
        <Textarea {...args} size="sm" />
      </Field>
      <Field label="Medium">
        <Textarea {...args} size="md" />
      </Field>
      <Field label="Large">
        <Textarea {...args} size="lg" />
      </Field>
    </div>
  ),
};

/** Grows with its text in browsers with CSS `field-sizing`; elsewhere it stays resizable. */
export const AutoResize: Story = {
  args: { autoResize: true },
  play: async ({ canvasElement }) => {
    const textarea = within(canvasElement).getByRole("textbox", { name: "Bio" });
    await userEvent.type(textarea, "One{Enter}Two{Enter}Three");
    await expect(textarea).toHaveValue("One\nTwo\nThree");
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: "Product designer." } };

export const Invalid: Story = { args: { "aria-invalid": true } };

/** A `Label` pointing at the textarea with `htmlFor`, without a Field. */
export const WithLabel: Story = {
  render: function WithLabel(args) {
    const id = React.useId();
    return (
      <div style={{ display: "grid", gap: 6, maxWidth: 400 }}>
        <Label htmlFor={id}>Bio</Label>
        <Textarea {...args} id={id} />
      </div>
    );
  },
};

export const InFieldWithError: Story = {
  render: (args) => (
    <Field
      label="Bio"
      description="Shown on your public profile."
      error="Write at least 20 characters."
      required
      style={{ maxWidth: 400 }}
    >
      <Textarea {...args} />
    </Field>
  ),
};

const textareaSizes = ["sm", "md", "lg"] as const;

/** Every size in every state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("textarea", textareaSizes),
  render: (args) => (
    <ControlStatesGrid
      prefix="textarea"
      rows={textareaSizes}
      renderCell={(size, state, stateProps) => (
        <Textarea
          {...args}
          {...stateProps}
          aria-label={`Message, ${size}, ${state}`}
          size={size}
          rows={2}
          defaultValue="Thanks for the quick reply."
          style={{ width: "var(--nx-spacing-48)" }}
        />
      )}
    />
  ),
};
