import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Button } from "../button";
import { Field } from "../field";
import { TimeField } from "./time-field";

const meta = {
  title: "Forms/Time Field",
  component: TimeField,
  tags: ["autodocs"],
  args: { onValueChange: fn() },
  argTypes: {
    size: { control: "select", options: ["sm", "md", "lg"] },
    seconds: { control: "boolean" },
    minuteStep: { control: { type: "number", min: 1, max: 60 } },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  render: (args) => (
    <Field label="Start time" style={{ width: "var(--nx-spacing-48)" }}>
      <TimeField {...args} />
    </Field>
  ),
} satisfies Meta<typeof TimeField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    // Chromium names the native hour and minute fields itself; the input keeps the label.
    const input = within(canvasElement).getByLabelText<HTMLInputElement>("Start time");
    await expect(input).toHaveAttribute("type", "time");
    await userEvent.click(input);
    await userEvent.keyboard("0930");
    await expect(input).toHaveValue("09:30");
    await expect(args.onValueChange).toHaveBeenLastCalledWith("09:30");
  },
};

export const WithValue: Story = { args: { defaultValue: "14:30" } };

export const Seconds: Story = { args: { defaultValue: "14:30:15", seconds: true } };

/** Arrows step by a quarter of an hour; 08:00–18:00 are valid (`min`/`max`). */
export const QuarterHoursWithinOfficeHours: Story = {
  args: { defaultValue: "09:00", minuteStep: 15, min: "08:00", max: "18:00" },
  render: (args) => (
    <Field
      label="Start time"
      description="Office hours, 08:00–18:00."
      style={{ width: "var(--nx-spacing-56)" }}
    >
      <TimeField {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText<HTMLInputElement>("Start time");
    await expect(input).toHaveAttribute("step", "900");
    await expect(input).toHaveAttribute("min", "08:00");
  },
};

export const InFieldWithError: Story = {
  args: { defaultValue: "07:15" },
  render: (args) => (
    <Field
      label="Start time"
      error="Start within office hours, 08:00–18:00."
      required
      style={{ width: "var(--nx-spacing-64)" }}
    >
      <TimeField {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText("Start time", { exact: false });
    await expect(input).toHaveAttribute("aria-invalid", "true");
  },
};

export const Disabled: Story = { args: { defaultValue: "14:30", disabled: true } };

/** Submits `HH:mm` under `name` with a plain form. */
export const InForm: Story = {
  render: function InForm(args) {
    const [submitted, setSubmitted] = React.useState("");
    return (
      <form
        aria-label="Meeting"
        style={{ display: "grid", gap: "var(--nx-spacing-3)", width: "var(--nx-spacing-48)" }}
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(String(new FormData(event.currentTarget).get("start")));
        }}
      >
        <Field label="Start time">
          <TimeField {...args} name="start" defaultValue="14:30" />
        </Field>
        <Button type="submit" style={{ justifySelf: "start" }}>
          Save
        </Button>
        <output style={{ fontFamily: "var(--nx-font-family-sans)" }}>
          {submitted && `start=${submitted}`}
        </output>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(canvas.getByText("start=14:30")).toBeVisible();
  },
};

const sizes = ["sm", "md", "lg"] as const;

/** Every size in every state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("time-field", sizes),
  render: (args) => (
    <ControlStatesGrid
      prefix="time-field"
      rows={sizes}
      renderCell={(size, state, stateProps) => (
        <TimeField
          {...args}
          {...stateProps}
          aria-label={`Start time, ${size}, ${state}`}
          size={size}
          defaultValue="14:30"
          style={{ width: "var(--nx-spacing-36)" }}
        />
      )}
    />
  ),
};
