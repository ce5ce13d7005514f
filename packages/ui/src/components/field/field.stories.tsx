import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { Controller, useForm } from "react-hook-form";
import { expect, userEvent, within } from "storybook/test";
import { Button } from "../button";
import { Checkbox } from "../checkbox";
import { Input } from "../input";
import { Label } from "../label";
import { RadioGroup, RadioGroupItem } from "../radio-group";
import { Switch } from "../switch";
import { Textarea } from "../textarea";
import { Field } from "./field";

const meta = {
  title: "Forms/Field",
  component: Field,
  tags: ["autodocs"],
  args: {
    label: "Email",
    description: "We never share it.",
    children: <Input type="email" placeholder="you@example.com" />,
  },
  argTypes: {
    orientation: { control: "select", options: ["vertical", "horizontal"] },
    label: { control: "text" },
    description: { control: "text" },
    error: { control: "text" },
    required: { control: "boolean" },
    children: { control: false },
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 360 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithError: Story = {
  args: {
    error: "Enter a valid email address.",
    children: <Input type="email" defaultValue="ada@" />,
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("textbox", { name: "Email" });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(
      "We never share it. Enter a valid email address.",
    );
  },
};

export const Required: Story = { args: { required: true } };

export const Disabled: Story = {
  args: { children: <Input type="email" defaultValue="ada@example.com" disabled /> },
};

export const WithTextarea: Story = {
  args: {
    label: "Bio",
    description: "Shown on your public profile.",
    children: <Textarea autoResize />,
  },
};

export const WithCheckbox: Story = {
  args: {
    orientation: "horizontal",
    label: "Accept the terms",
    description: "You can read them at any time in Settings.",
    children: <Checkbox />,
  },
};

export const WithSwitch: Story = {
  args: {
    orientation: "horizontal",
    label: "Marketing emails",
    description: "Receive emails about new products.",
    children: <Switch />,
  },
};

function PlanOption({ value, label }: { value: string; label: string }) {
  const id = React.useId();
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
      <RadioGroupItem id={id} value={value} />
      <Label htmlFor={id}>{label}</Label>
    </div>
  );
}

export const WithRadioGroup: Story = {
  args: {
    label: "Plan",
    description: "You can change it at any time.",
    error: "Choose a plan to continue.",
    required: true,
    children: (
      <RadioGroup>
        <PlanOption value="free" label="Free" />
        <PlanOption value="pro" label="Pro" />
      </RadioGroup>
    ),
  },
};

interface SignUpValues {
  email: string;
  terms: boolean;
}

function SignUpForm() {
  const [submitted, setSubmitted] = React.useState<SignUpValues>();
  const {
    control,
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignUpValues>({ defaultValues: { email: "", terms: false } });
  return (
    <form
      aria-label="Sign up"
      noValidate
      onSubmit={handleSubmit(setSubmitted)}
      style={{ display: "grid", gap: 16 }}
    >
      <Field label="Email" description="We never share it." error={errors.email?.message} required>
        <Input
          type="email"
          {...register("email", {
            required: "Enter your email address.",
            pattern: { value: /^\S+@\S+\.\S+$/, message: "Enter a valid email address." },
          })}
        />
      </Field>
      <Controller
        control={control}
        name="terms"
        rules={{ validate: (accepted) => accepted || "Accept the terms to continue." }}
        render={({ field: { value, onChange, ...field } }) => (
          <Field orientation="horizontal" label="I accept the terms" error={errors.terms?.message}>
            <Checkbox {...field} checked={value} onCheckedChange={onChange} />
          </Field>
        )}
      />
      <Button type="submit" style={{ justifySelf: "start" }}>
        Sign up
      </Button>
      <p role="status" style={{ margin: 0 }}>
        {submitted ? `Signed up as ${submitted.email}.` : null}
      </p>
    </form>
  );
}

/** `register()` and `Controller` pass their ref and handlers through Field to the control. */
export const WithReactHookForm: Story = {
  render: () => <SignUpForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Sign up" }));
    const email = canvas.getByRole("textbox", { name: "Email" });
    await expect(await canvas.findByText("Enter your email address.")).toHaveAttribute(
      "role",
      "alert",
    );
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveFocus();

    await userEvent.type(email, "ada@example.com");
    await userEvent.click(canvas.getByRole("checkbox", { name: "I accept the terms" }));
    await userEvent.click(canvas.getByRole("button", { name: "Sign up" }));
    await expect(await canvas.findByText("Signed up as ada@example.com.")).toHaveAttribute(
      "role",
      "status",
    );
    await expect(canvas.queryByRole("alert")).toBeNull();
  },
};
