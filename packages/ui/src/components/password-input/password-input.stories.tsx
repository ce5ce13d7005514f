import type { Meta, StoryObj } from "@storybook/react-vite";
import { useForm } from "react-hook-form";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Button } from "../button";
import { Field } from "../field";
import { Form, FormField } from "../form";
import { PasswordInput } from "./password-input";

const sizes = ["sm", "md", "lg"] as const;

const meta = {
  title: "Forms/Password Input",
  component: PasswordInput,
  tags: ["autodocs"],
  args: { name: "password", autoComplete: "current-password" },
  argTypes: {
    size: { control: "select", options: sizes },
    autoComplete: { control: "select", options: ["current-password", "new-password"] },
    disabled: { control: "boolean" },
    defaultVisible: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  render: (args) => (
    <Field label="Password" style={{ maxWidth: 320 }}>
      <PasswordInput {...args} />
    </Field>
  ),
} satisfies Meta<typeof PasswordInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The Field's label names the `<input>`; the toggle is a button named "Show password" whose
 * `aria-pressed` says whether the text is shown. Clicking it keeps the focus and the caret in the
 * field; from the keyboard, Tab reaches it and Space toggles it.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText<HTMLInputElement>("Password");
    const toggle = canvas.getByRole("button", { name: "Show password" });
    await expect(input).toHaveAttribute("type", "password");
    await expect(toggle).toHaveAttribute("aria-controls", input.id);
    await userEvent.type(input, "correct horse");
    await userEvent.click(toggle);
    await expect(input).toHaveAttribute("type", "text");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(input).toHaveFocus();
    await waitFor(() => expect(input.selectionStart).toBe("correct horse".length));
    await userEvent.tab();
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard(" ");
    await expect(input).toHaveAttribute("type", "password");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(toggle).toHaveFocus();
    toggle.blur();
  },
};

/** Where a person chooses a password: `new-password`, so a password manager offers a strong one. */
export const NewPassword: Story = {
  args: { autoComplete: "new-password" },
  render: (args) => (
    <Field
      label="Choose a password"
      description="At least 12 characters, with a number."
      style={{ maxWidth: 320 }}
    >
      <PasswordInput {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText("Choose a password");
    await expect(input).toHaveAttribute("autocomplete", "new-password");
    await expect(input).toHaveAccessibleDescription("At least 12 characters, with a number.");
  },
};

/** Shown as text (`defaultVisible`): the toggle is pressed and shows the crossed-out eye. */
export const Visible: Story = {
  args: { defaultVisible: true, defaultValue: "correct horse battery" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText("Password")).toHaveAttribute("type", "text");
    await expect(canvas.getByRole("button", { name: "Show password" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  },
};

/** The steps of Input and Button, so it lines up with them in a row. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: "0.75rem", maxWidth: 320 }}>
      {sizes.map((size) => (
        <Field key={size} label={`Password (${size})`}>
          <PasswordInput {...args} size={size} defaultValue="correct horse" />
        </Field>
      ))}
    </div>
  ),
};

/** A message from the Field: the border turns to the error colour, the message is announced. */
export const Invalid: Story = {
  render: (args) => (
    <Field label="Password" error="Enter your password." required style={{ maxWidth: 320 }}>
      <PasswordInput {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText(/^Password/);
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAttribute("aria-required", "true");
    await expect(input).toHaveAccessibleDescription("Enter your password.");
  },
};

/** Disabled: the field and its toggle both. */
export const Disabled: Story = {
  args: { disabled: true, defaultValue: "correct horse" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText("Password")).toBeDisabled();
    await expect(canvas.getByRole("button", { name: "Show password" })).toBeDisabled();
  },
};

function SignInForm() {
  const form = useForm<{ password: string }>({ defaultValues: { password: "" } });
  return (
    <Form form={form} onSubmit={() => {}} style={{ maxWidth: 320 }} aria-label="Sign in">
      <FormField name="password" label="Password" rules={{ required: "Enter your password." }}>
        <PasswordInput />
      </FormField>
      <Button type="submit">Sign in</Button>
    </Form>
  );
}

/**
 * Bound with `FormField`: the value, the error, and the focus on the first invalid field (the
 * ref reaches the `<input>`). Pressing the toggle does not submit.
 */
export const InForm: Story = {
  render: () => <SignInForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Show password" }));
    await expect(canvas.queryByText("Enter your password.")).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    await expect(await canvas.findByText("Enter your password.")).toBeVisible();
    await expect(canvas.getByLabelText("Password")).toHaveFocus();
  },
};

/** Every size in every state (rest, keyboard focus, invalid, invalid with focus, disabled). */
export const States: Story = {
  parameters: controlStatesParameters("password-input", sizes),
  render: (args) => (
    <ControlStatesGrid
      prefix="password-input"
      rows={sizes}
      renderCell={(size, state, stateProps) => (
        <PasswordInput
          {...args}
          {...stateProps}
          aria-label={`Password, ${size}, ${state}`}
          toggleLabel={`Show password, ${size}, ${state}`}
          size={size}
          defaultValue="correct horse"
          style={{ width: "var(--nx-spacing-48)" }}
        />
      )}
    />
  ),
};
