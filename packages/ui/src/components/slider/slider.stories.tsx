import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid, cellSelectors, controlStates } from "../../stories/states-grid";
import { Field } from "../field";
import { Slider } from "./slider";

const meta = {
  title: "Forms/Slider",
  component: Slider,
  tags: ["autodocs"],
  args: { onValueChange: fn(), onValueCommit: fn(), defaultValue: [40] },
  argTypes: {
    size: { control: "inline-radio", options: ["sm", "md"] },
    orientation: { control: "inline-radio", options: ["horizontal", "vertical"] },
    disabled: { control: "boolean" },
    showValue: { control: "boolean" },
    step: { control: "number" },
  },
  render: (args) => (
    <Field label="Volume" style={{ maxWidth: 320 }}>
      <Slider {...args} />
    </Field>
  ),
} satisfies Meta<typeof Slider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const thumb = within(canvasElement).getByRole("slider", { name: "Volume" });
    await expect(thumb).toHaveAttribute("aria-valuenow", "40");
    thumb.focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(thumb).toHaveAttribute("aria-valuenow", "41");
    await userEvent.keyboard("{PageDown}");
    await expect(thumb).toHaveAttribute("aria-valuenow", "31");
    await userEvent.keyboard("{End}");
    await expect(thumb).toHaveAttribute("aria-valuenow", "100");
    await expect(args.onValueChange).toHaveBeenLastCalledWith([100]);
    await userEvent.keyboard("{Home}");
    await expect(thumb).toHaveAttribute("aria-valuenow", "0");
  },
};

const euro = { style: "currency", currency: "EUR", maximumFractionDigits: 0 } as const;

/** Two thumbs pick a range; each thumb has its own name and reads its value as a price. */
export const Range: Story = {
  args: {
    defaultValue: [120, 380],
    min: 0,
    max: 500,
    step: 10,
    minStepsBetweenThumbs: 1,
    thumbLabels: ["Minimum price", "Maximum price"],
    showValue: true,
    format: euro,
    locale: "en-GB",
  },
  render: (args) => (
    <Field label="Price per night" style={{ maxWidth: 360 }}>
      <Slider {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const low = canvas.getByRole("slider", { name: "Price per night Minimum price" });
    const high = canvas.getByRole("slider", { name: "Price per night Maximum price" });
    await expect(low).toHaveAttribute("aria-valuetext", "€120");
    await expect(high).toHaveAttribute("aria-valuenow", "380");
    high.focus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(high).toHaveAttribute("aria-valuenow", "370");
    await userEvent.tab({ shift: true });
    await expect(low).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(low).toHaveAttribute("aria-valuetext", "€130");
    await expect(canvas.getByText("€130 – €370")).toBeVisible();
  },
};

/** Marks with labels at the allowed values; the filled part of the track shows its ticks in the track's fill colour. */
export const WithMarks: Story = {
  args: {
    defaultValue: [50],
    step: 25,
    marks: [
      { value: 0, label: "0%" },
      { value: 25, label: "25%" },
      { value: 50, label: "50%" },
      { value: 75, label: "75%" },
      { value: 100, label: "100%" },
    ],
  },
  render: (args) => (
    <Field label="Opacity" style={{ maxWidth: 320 }}>
      <Slider {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const thumb = within(canvasElement).getByRole("slider", { name: "Opacity" });
    thumb.focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(thumb).toHaveAttribute("aria-valuenow", "75");
  },
};

/** Ticks without labels, one per step. */
export const Ticks: Story = {
  args: {
    defaultValue: [3],
    min: 1,
    max: 5,
    marks: [1, 2, 3, 4, 5].map((value) => ({ value })),
    showValue: true,
  },
  render: (args) => (
    <Field label="Rating" style={{ maxWidth: 320 }}>
      <Slider {...args} />
    </Field>
  ),
};

export const WithValue: Story = {
  args: {
    showValue: true,
    format: { style: "percent" },
    min: 0,
    max: 1,
    step: 0.05,
    defaultValue: [0.4],
  },
  render: (args) => (
    <Field label="Brightness" style={{ maxWidth: 320 }}>
      <Slider {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const thumb = within(canvasElement).getByRole("slider", { name: "Brightness" });
    await expect(thumb).toHaveAttribute("aria-valuetext", "40%");
  },
};

export const Vertical: Story = {
  args: {
    orientation: "vertical",
    defaultValue: [20, 60],
    thumbLabels: ["Lowest temperature", "Highest temperature"],
    marks: [
      { value: 0, label: "0 °C" },
      { value: 50, label: "50 °C" },
      { value: 100, label: "100 °C" },
    ],
  },
  render: (args) => (
    <Field label="Temperature">
      <Slider {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const thumb = within(canvasElement).getByRole("slider", {
      name: "Temperature Lowest temperature",
    });
    await expect(thumb).toHaveAttribute("aria-orientation", "vertical");
    thumb.focus();
    await userEvent.keyboard("{ArrowUp}");
    await expect(thumb).toHaveAttribute("aria-valuenow", "21");
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 16, maxWidth: 320 }}>
      <Field label="Small">
        <Slider {...args} size="sm" />
      </Field>
      <Field label="Medium">
        <Slider {...args} size="md" />
      </Field>
    </div>
  ),
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const thumb = within(canvasElement).getByRole("slider", { name: "Volume" });
    await expect(thumb).toHaveAttribute("data-disabled");
    await expect(thumb).not.toHaveAttribute("tabindex");
  },
};

export const Invalid: Story = {
  args: { defaultValue: [20, 90], thumbLabels: ["Minimum guests", "Maximum guests"] },
  render: (args) => (
    <Field
      label="Guests"
      description="How many people the venue must seat."
      error="The largest room seats 80."
      style={{ maxWidth: 320 }}
    >
      <Slider {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const thumb = within(canvasElement).getByRole("slider", { name: "Guests Maximum guests" });
    await expect(thumb).toHaveAttribute("aria-invalid", "true");
    await expect(thumb).toHaveAccessibleDescription(
      "How many people the venue must seat. The largest room seats 80.",
    );
  },
};

export const InFieldWithDescription: Story = {
  render: (args) => (
    <Field
      label="Volume"
      description="Applies to notifications and calls."
      style={{ maxWidth: 320 }}
    >
      <Slider {...args} showValue />
    </Field>
  ),
};

const rows = ["sm", "md"] as const;
const states = ["rest", "hover", "active", ...controlStates.slice(1)] as const;
const cellId = (row: string, state: string) => `slider-${row}-${state.replace(" ", "-")}`;

/**
 * Both sizes in every state, on the thumb. Hover, press (active) and keyboard focus are forced
 * with the pseudo-states addon.
 */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: cellSelectors("slider", rows, "hover"),
      active: cellSelectors("slider", rows, "active"),
      focusVisible: [
        ...cellSelectors("slider", rows, "focus"),
        ...cellSelectors("slider", rows, "invalid-focus"),
      ],
    },
  },
  render: (args) => (
    <StatesGrid
      states={states}
      rows={rows.map((row) => ({
        name: row,
        cells: states.map((state) => (
          <Slider
            key={state}
            {...args}
            id={cellId(row, state)}
            size={row}
            aria-label={`Volume, ${row}, ${state}`}
            aria-invalid={state.startsWith("invalid") || undefined}
            disabled={state === "disabled"}
            style={{ width: 112 }}
          />
        )),
      }))}
    />
  ),
};
