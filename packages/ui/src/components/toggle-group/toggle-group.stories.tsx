import { LayoutGridIcon, ListIcon, MonitorIcon, MoonIcon, SunIcon, TableIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid, cellSelectors } from "../../stories/states-grid";
import { Field } from "../field";
import { ToggleGroup, ToggleGroupItem } from "./toggle-group";

const variants = ["segmented", "outline", "neutral"] as const;
const sizes = ["sm", "md", "lg"] as const;

const meta = {
  title: "Forms/Toggle Group",
  component: ToggleGroup,
  subcomponents: { ToggleGroupItem },
  tags: ["autodocs"],
  args: { type: "single", defaultValue: "week", onValueChange: fn() },
  argTypes: {
    variant: { control: "inline-radio", options: variants },
    size: { control: "inline-radio", options: sizes },
    orientation: { control: "inline-radio", options: ["horizontal", "vertical"] },
    disabled: { control: "boolean" },
  },
  render: (args) => (
    <Field label="Period">
      <ToggleGroup {...args}>
        <ToggleGroupItem value="day">Day</ToggleGroupItem>
        <ToggleGroupItem value="week">Week</ToggleGroupItem>
        <ToggleGroupItem value="month">Month</ToggleGroupItem>
        <ToggleGroupItem value="year">Year</ToggleGroupItem>
      </ToggleGroup>
    </Field>
  ),
} satisfies Meta<typeof ToggleGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A segmented control: one choice; the items are radios and the arrow keys move between them. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole("radiogroup", { name: "Period" });
    const week = within(group).getByRole("radio", { name: "Week" });
    const month = within(group).getByRole("radio", { name: "Month" });
    await expect(week).toHaveAttribute("aria-checked", "true");
    await userEvent.tab();
    await expect(week).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(month).toHaveFocus();
    await expect(week).toHaveAttribute("aria-checked", "true");
    await userEvent.keyboard(" ");
    await expect(month).toHaveAttribute("aria-checked", "true");
    await expect(week).toHaveAttribute("aria-checked", "false");
    await expect(args.onValueChange).toHaveBeenLastCalledWith("month");
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    await expect(within(group).getByRole("radio", { name: "Day" })).toHaveFocus();
  },
};

/** Any number of options on: the items are toggle buttons (`aria-pressed`) in a toolbar. */
export const Multiple: Story = {
  args: { type: "multiple", variant: "outline", defaultValue: ["bold"] },
  render: (args) => (
    <ToggleGroup {...args} aria-label="Text style">
      <ToggleGroupItem value="bold">Bold</ToggleGroupItem>
      <ToggleGroupItem value="italic">Italic</ToggleGroupItem>
      <ToggleGroupItem value="underline">Underline</ToggleGroupItem>
    </ToggleGroup>
  ),
  play: async ({ args, canvasElement }) => {
    const toolbar = within(canvasElement).getByRole("toolbar", { name: "Text style" });
    const bold = within(toolbar).getByRole("button", { name: "Bold" });
    const italic = within(toolbar).getByRole("button", { name: "Italic" });
    await expect(bold).toHaveAttribute("aria-pressed", "true");
    await userEvent.click(italic);
    await expect(italic).toHaveAttribute("aria-pressed", "true");
    await expect(bold).toHaveAttribute("aria-pressed", "true");
    await expect(args.onValueChange).toHaveBeenLastCalledWith(["bold", "italic"]);
    await userEvent.keyboard("{ArrowLeft}");
    await expect(bold).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(bold).toHaveAttribute("aria-pressed", "false");
  },
};

export const WithIcons: Story = {
  args: { defaultValue: "system" },
  render: (args) => (
    <div style={{ display: "grid", gap: 16, justifyItems: "start" }}>
      <ToggleGroup {...args} aria-label="Theme">
        <ToggleGroupItem value="light">
          <SunIcon /> Light
        </ToggleGroupItem>
        <ToggleGroupItem value="dark">
          <MoonIcon /> Dark
        </ToggleGroupItem>
        <ToggleGroupItem value="system">
          <MonitorIcon /> System
        </ToggleGroupItem>
      </ToggleGroup>
      <ToggleGroup
        type="single"
        variant={args.variant}
        size={args.size}
        defaultValue="grid"
        aria-label="Layout"
      >
        <ToggleGroupItem value="list" iconOnly aria-label="List">
          <ListIcon />
        </ToggleGroupItem>
        <ToggleGroupItem value="grid" iconOnly aria-label="Grid">
          <LayoutGridIcon />
        </ToggleGroupItem>
        <ToggleGroupItem value="table" iconOnly aria-label="Table">
          <TableIcon />
        </ToggleGroupItem>
      </ToggleGroup>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const layout = within(canvasElement).getByRole("radiogroup", { name: "Layout" });
    await expect(within(layout).getByRole("radio", { name: "Grid" })).toBeChecked();
  },
};

/** Given a width, the segments share it equally. */
export const FullWidth: Story = {
  render: (args) => (
    <Field label="Period" style={{ maxWidth: 420 }}>
      <ToggleGroup {...args} style={{ width: "100%" }}>
        <ToggleGroupItem value="day">Day</ToggleGroupItem>
        <ToggleGroupItem value="week">Week</ToggleGroupItem>
        <ToggleGroupItem value="month">Month</ToggleGroupItem>
      </ToggleGroup>
    </Field>
  ),
};

export const Outline: Story = { args: { variant: "outline" } };

export const Neutral: Story = { args: { variant: "neutral" } };

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 16, justifyItems: "start" }}>
      {variants.flatMap((variant) =>
        sizes.map((size) => (
          <ToggleGroup
            key={`${variant}-${size}`}
            {...args}
            variant={variant}
            size={size}
            aria-label={`Period, ${variant}, ${size}`}
          >
            <ToggleGroupItem value="day">Day</ToggleGroupItem>
            <ToggleGroupItem value="week">Week</ToggleGroupItem>
            <ToggleGroupItem value="month">Month</ToggleGroupItem>
          </ToggleGroup>
        )),
      )}
    </div>
  ),
};

export const Vertical: Story = {
  args: { orientation: "vertical" },
  render: (args) => (
    <div style={{ display: "flex", gap: 24, alignItems: "start" }}>
      {variants.map((variant) => (
        <ToggleGroup key={variant} {...args} variant={variant} aria-label={`Period, ${variant}`}>
          <ToggleGroupItem value="day">Day</ToggleGroupItem>
          <ToggleGroupItem value="week">Week</ToggleGroupItem>
          <ToggleGroupItem value="month">Month</ToggleGroupItem>
        </ToggleGroup>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole("radiogroup", { name: "Period, segmented" });
    within(group).getByRole("radio", { name: "Week" }).focus();
    await userEvent.keyboard("{ArrowDown}");
    await expect(within(group).getByRole("radio", { name: "Month" })).toHaveFocus();
  },
};

/** A disabled item is skipped by the arrow keys. */
export const DisabledItem: Story = {
  render: (args) => (
    <Field label="Period">
      <ToggleGroup {...args}>
        <ToggleGroupItem value="day">Day</ToggleGroupItem>
        <ToggleGroupItem value="week">Week</ToggleGroupItem>
        <ToggleGroupItem value="month" disabled>
          Month
        </ToggleGroupItem>
        <ToggleGroupItem value="year">Year</ToggleGroupItem>
      </ToggleGroup>
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole("radio", { name: "Week" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("radio", { name: "Year" })).toHaveFocus();
    await expect(canvas.getByRole("radio", { name: "Month" })).toBeDisabled();
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const Invalid: Story = {
  args: { defaultValue: "" },
  render: (args) => (
    <div style={{ display: "grid", gap: 16 }}>
      <Field
        label="Billing period"
        description="You can change it at any time."
        error="Choose a billing period."
        required
      >
        <ToggleGroup {...args}>
          <ToggleGroupItem value="month">Monthly</ToggleGroupItem>
          <ToggleGroupItem value="year">Yearly</ToggleGroupItem>
        </ToggleGroup>
      </Field>
      <Field label="Billing period (outline)" error="Choose a billing period.">
        <ToggleGroup {...args} variant="outline">
          <ToggleGroupItem value="month">Monthly</ToggleGroupItem>
          <ToggleGroupItem value="year">Yearly</ToggleGroupItem>
        </ToggleGroup>
      </Field>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole("radiogroup", { name: "Billing period" });
    await expect(group).toHaveAttribute("aria-invalid", "true");
    await expect(group).toHaveAttribute("aria-required", "true");
    await expect(group).toHaveAccessibleDescription(
      "You can change it at any time. Choose a billing period.",
    );
  },
};

const states = ["rest", "hover", "focus", "invalid", "disabled"] as const;

/** Every variant in every state; hover and focus are on "Week". Forced with the pseudo-states addon. */
export const States: Story = {
  args: { defaultValue: "day" },
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: cellSelectors("toggle-group", variants, "hover"),
      focusVisible: cellSelectors("toggle-group", variants, "focus"),
    },
  },
  render: (args) => (
    <StatesGrid
      states={states}
      rows={variants.map((variant) => ({
        name: variant,
        cells: states.map((state) => (
          <ToggleGroup
            key={state}
            {...args}
            variant={variant}
            size="sm"
            aria-label={`Period, ${variant}, ${state}`}
            aria-invalid={state === "invalid" || undefined}
            disabled={state === "disabled"}
          >
            <ToggleGroupItem value="day">Day</ToggleGroupItem>
            <ToggleGroupItem value="week" id={`toggle-group-${variant}-${state}`}>
              Week
            </ToggleGroupItem>
            <ToggleGroupItem value="month">Month</ToggleGroupItem>
          </ToggleGroup>
        )),
      }))}
    />
  ),
};
