import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Field } from "../field";
import { Input } from "../input";
import { NumberInput } from "./number-input";

const sizes = ["sm", "md", "lg"] as const;
const steppers = ["chevrons", "plus-minus", "none"] as const;

const meta = {
  title: "Forms/Number Input",
  component: NumberInput,
  tags: ["autodocs"],
  args: {
    onValueChange: fn(),
    onValueCommit: fn(),
    defaultValue: 2,
    min: 1,
    max: 20,
    locale: "en-US",
  },
  argTypes: {
    size: { control: "inline-radio", options: sizes },
    stepper: { control: "inline-radio", options: steppers },
    disabled: { control: "boolean" },
    readOnly: { control: "boolean" },
    allowWheelScrub: { control: "boolean" },
  },
  render: (args) => (
    <Field label="Guests" style={{ maxWidth: 240 }}>
      <NumberInput {...args} />
    </Field>
  ),
} satisfies Meta<typeof NumberInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole("spinbutton", { name: "Guests" });
    await expect(input).toHaveAttribute("aria-valuenow", "2");
    await expect(input).toHaveAttribute("aria-valuemin", "1");
    await expect(input).toHaveAttribute("aria-valuemax", "20");
    await userEvent.click(input);
    await userEvent.keyboard("{ArrowUp}");
    await expect(input).toHaveValue("3");
    await userEvent.keyboard("{PageUp}");
    await expect(input).toHaveValue("13");
    await userEvent.keyboard("{End}");
    await expect(input).toHaveAttribute("aria-valuenow", "20");
    await expect(canvas.getByRole("button", { name: "Increase" })).toHaveAttribute(
      "tabindex",
      "-1",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Decrease" }));
    await expect(input).toHaveValue("19");
    await expect(args.onValueChange).toHaveBeenLastCalledWith(19);
  },
};

/** Typing beyond `max` is clamped when the field loses focus. */
export const Clamping: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("spinbutton", { name: "Guests" });
    await userEvent.clear(input);
    await userEvent.type(input, "45");
    await userEvent.tab();
    await expect(input).toHaveValue("20");
  },
};

export const Currency: Story = {
  args: {
    defaultValue: 1249.5,
    min: 0,
    max: undefined,
    step: 0.5,
    largeStep: 100,
    format: { style: "currency", currency: "EUR" },
  },
  render: (args) => (
    <Field label="Budget" description="Excluding VAT." style={{ maxWidth: 240 }}>
      <NumberInput {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("spinbutton", { name: "Budget" });
    await expect(input).toHaveValue("€1,249.50");
    await expect(input).toHaveAttribute("aria-valuetext", "€1,249.50");
    await userEvent.click(input);
    await userEvent.keyboard("{ArrowUp}");
    await expect(input).toHaveValue("€1,250.00");
  },
};

/** `format={{ style: "percent" }}`: the value is a fraction, so steps are fractions too. */
export const Percent: Story = {
  args: {
    defaultValue: 0.15,
    min: 0,
    max: 1,
    step: 0.01,
    largeStep: 0.1,
    format: { style: "percent" },
  },
  render: (args) => (
    <Field label="Discount" style={{ maxWidth: 240 }}>
      <NumberInput {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("spinbutton", { name: "Discount" });
    await expect(input).toHaveValue("15%");
    await userEvent.click(input);
    await userEvent.keyboard("{Shift>}{ArrowUp}{/Shift}");
    await expect(input).toHaveValue("25%");
  },
};

/** Units and a German locale: "1.500 kg" is typed and read as 1500. */
export const UnitAndLocale: Story = {
  args: {
    defaultValue: 1500,
    min: 0,
    max: 40000,
    step: 50,
    locale: "de-DE",
    format: { style: "unit", unit: "kilogram" },
  },
  render: (args) => (
    <Field label="Payload" style={{ maxWidth: 240 }}>
      <NumberInput {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("spinbutton", { name: "Payload" });
    await expect(input).toHaveValue("1.500 kg");
    await expect(input).toHaveAttribute("aria-valuenow", "1500");
  },
};

/** Minus and plus on either side, for quantities and touch screens. */
export const PlusMinus: Story = {
  args: { stepper: "plus-minus" },
  render: (args) => (
    <Field label="Tickets" style={{ maxWidth: 160 }}>
      <NumberInput {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Increase" }));
    await expect(canvas.getByRole("spinbutton", { name: "Tickets" })).toHaveValue("3");
  },
};

export const WithoutStepper: Story = { args: { stepper: "none" } };

/** Every size beside an `Input` of the same size: the heights and borders match. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12, maxWidth: 420 }}>
      {sizes.map((size) => (
        <div key={size} style={{ display: "flex", gap: 8 }}>
          <NumberInput {...args} size={size} aria-label={`Guests, ${size}`} />
          <NumberInput {...args} size={size} stepper="plus-minus" aria-label={`Tickets, ${size}`} />
          <Input size={size} aria-label={`Name, ${size}`} defaultValue="Input" />
        </div>
      ))}
    </div>
  ),
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("spinbutton", { name: "Guests" })).toBeDisabled();
  },
};

export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("spinbutton", { name: "Guests" });
    await userEvent.click(input);
    await userEvent.keyboard("{ArrowUp}");
    await expect(input).toHaveValue("2");
  },
};

export const Invalid: Story = {
  render: (args) => (
    <Field
      label="Guests"
      description="Up to 20 people."
      error="The room seats 12 at most."
      required
      style={{ maxWidth: 240 }}
    >
      <NumberInput {...args} defaultValue={16} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("spinbutton", { name: "Guests" });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAttribute("aria-required", "true");
    await expect(input).toHaveAccessibleDescription("Up to 20 people. The room seats 12 at most.");
  },
};

/** Both stepper styles in every state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("number-input", ["chevrons", "plus-minus"]),
  render: (args) => (
    <ControlStatesGrid
      prefix="number-input"
      rows={["chevrons", "plus-minus"] as const}
      renderCell={(row, state, stateProps) => (
        <NumberInput
          {...args}
          {...stateProps}
          stepper={row}
          aria-label={`Guests, ${row}, ${state}`}
          style={{ width: 128 }}
        />
      )}
    />
  ),
};
