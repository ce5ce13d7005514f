import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Field } from "../field";
import { OTPInput } from "./otp-input";

const sizes = ["sm", "md", "lg"] as const;

const meta = {
  title: "Forms/OTP Input",
  component: OTPInput,
  tags: ["autodocs"],
  args: { onValueChange: fn(), onComplete: fn(), length: 6, groups: [3, 3] },
  argTypes: {
    size: { control: "inline-radio", options: sizes },
    pattern: { control: "inline-radio", options: ["numeric", "alphanumeric"] },
    length: { control: "number" },
    disabled: { control: "boolean" },
  },
  render: (args) => (
    <Field label="Verification code" description="We sent a 6-digit code to +44 7700 900123.">
      <OTPInput {...args} />
    </Field>
  ),
} satisfies Meta<typeof OTPInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a screen reader gets: one text field named by the Field, described by its text. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("textbox")).toHaveLength(1);
    const input = canvas.getByRole("textbox", { name: "Verification code" });
    await expect(input).toHaveAccessibleDescription("We sent a 6-digit code to +44 7700 900123.");
    await expect(input).toHaveAttribute("autocomplete", "one-time-code");
    await expect(input).toHaveAttribute("inputmode", "numeric");
    await userEvent.click(canvas.getByText("Verification code"));
    await expect(input).toHaveFocus();
    await userEvent.keyboard("12x34");
    await expect(input).toHaveValue("1234");
    await expect(args.onComplete).not.toHaveBeenCalled();
    await userEvent.keyboard("56");
    await expect(args.onComplete).toHaveBeenCalledWith("123456");
    await userEvent.keyboard("{Backspace}");
    await expect(input).toHaveValue("12345");
  },
};

/** A code pasted from a message fills every box, spaces and dashes dropped. */
export const Paste: Story = {
  play: async ({ args, canvasElement }) => {
    const input = within(canvasElement).getByRole("textbox", { name: "Verification code" });
    await userEvent.click(input);
    await userEvent.paste("482 913");
    await expect(input).toHaveValue("482913");
    await expect(args.onComplete).toHaveBeenCalledWith("482913");
  },
};

export const Filled: Story = { args: { defaultValue: "482913" } };

export const SingleGroup: Story = { args: { length: 4, groups: undefined } };

/** Letters and digits, in two groups of four (a recovery code). */
export const Alphanumeric: Story = {
  args: { length: 8, groups: [4, 4], pattern: "alphanumeric" },
  render: (args) => (
    <Field label="Recovery code">
      <OTPInput {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("textbox", { name: "Recovery code" });
    await expect(input).toHaveAttribute("inputmode", "text");
    await userEvent.click(input);
    await userEvent.keyboard("K7-QX");
    await expect(input).toHaveValue("K7QX");
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 16 }}>
      {sizes.map((size) => (
        <OTPInput key={size} {...args} size={size} aria-label={`Code, ${size}`} defaultValue="48" />
      ))}
    </div>
  ),
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: "482" },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("textbox", { name: "Verification code" }),
    ).toBeDisabled();
  },
};

export const Invalid: Story = {
  args: { defaultValue: "482913" },
  render: (args) => (
    <Field
      label="Verification code"
      description="We sent a 6-digit code to +44 7700 900123."
      error="That code has expired. We sent you a new one."
    >
      <OTPInput {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("textbox", { name: "Verification code" });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(
      "We sent a 6-digit code to +44 7700 900123. That code has expired. We sent you a new one.",
    );
  },
};

/** Every size in every state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("otp-input", sizes),
  args: { length: 4, groups: undefined, defaultValue: "48" },
  render: (args) => (
    <ControlStatesGrid
      prefix="otp-input"
      rows={sizes}
      renderCell={(row, state, stateProps) => (
        <OTPInput {...args} {...stateProps} size={row} aria-label={`Code, ${row}, ${state}`} />
      )}
    />
  ),
};
