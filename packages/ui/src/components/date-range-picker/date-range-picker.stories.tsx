import type { Meta, StoryObj } from "@storybook/react-vite";
import { de } from "date-fns/locale";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Button } from "../button";
import { Field } from "../field";
import { DateRangePicker } from "./date-range-picker";

// Fixed dates: stories never depend on the day they run.
const today = new Date(2026, 2, 3);
const week = { from: new Date(2026, 2, 9), to: new Date(2026, 2, 13) };

/** Open-calendar stories render in their own iframe on the docs page so the popover stays inside. */
const openCalendar = { docs: { story: { inline: false, height: "440px" } } };

const meta = {
  title: "Forms/Date Range Picker",
  component: DateRangePicker,
  tags: ["autodocs"],
  args: { today, onValueChange: fn() },
  argTypes: {
    size: { control: "select", options: ["sm", "md", "lg"] },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  decorators: [
    // A field's width, and room below for the popover; the States grid sets its own widths.
    (Story, { parameters }) =>
      parameters.grid ? (
        <Story />
      ) : (
        <div style={{ minHeight: 400, width: "var(--nx-spacing-72)" }}>
          <Story />
        </div>
      ),
  ],
  render: (args) => (
    <Field label="Report period">
      <DateRangePicker {...args} />
    </Field>
  ),
} satisfies Meta<typeof DateRangePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Report period Pick a date range" });
    await userEvent.click(trigger);
    const dialog = await body.findByRole("dialog", { name: "Choose dates" });
    await expect(
      within(dialog)
        .getAllByRole("grid")
        .map((grid) => grid.getAttribute("aria-label")),
    ).toEqual(["March 2026", "April 2026"]);
    await waitFor(() =>
      expect(
        within(dialog).getByRole("button", { name: "Today, Tuesday, March 3, 2026" }),
      ).toHaveFocus(),
    );
    // Start on 10 March, end a month later on 10 April (PageDown), with the keyboard.
    await userEvent.keyboard("{ArrowDown}{Enter}{PageDown}{Enter}");
    await expect(args.onValueChange).toHaveBeenLastCalledWith({
      from: new Date(2026, 2, 10),
      to: new Date(2026, 3, 10),
    });
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    // Intl writes the range with thin (or plain) spaces around the dash.
    await expect(trigger).toHaveAccessibleName(/^Report period Mar 10\s–\sApr 10, 2026$/);
  },
};

/** Open for review: presets beside two months, the chosen week marked. */
export const Open: Story = {
  args: { defaultValue: week, defaultOpen: true },
  parameters: openCalendar,
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole("dialog", { name: "Choose dates" });
    await waitFor(() =>
      expect(
        within(dialog).getByRole("button", { name: "Monday, March 9, 2026, selected" }),
      ).toHaveFocus(),
    );
  },
};

export const Presets: Story = {
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(body.getByRole("button", { name: /^Report period/ }));
    const presets = await body.findByRole("group", { name: "Presets" });
    await userEvent.click(within(presets).getByRole("button", { name: "Last 30 days" }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith({
      from: new Date(2026, 1, 2),
      to: new Date(2026, 2, 3),
    });
    await expect(body.getByRole("button", { name: /^Report period/ })).toHaveAccessibleName(
      /^Report period Feb 2\s–\sMar 3, 2026$/,
    );
  },
};

/** Your own presets (here: quarters), relative to `today`; those past `max` are disabled. */
export const CustomPresetsAndMax: Story = {
  args: {
    max: today,
    defaultOpen: true,
    presets: [
      { label: "This quarter", range: () => ({ from: new Date(2026, 0, 1), to: today }) },
      {
        label: "Last quarter",
        range: () => ({ from: new Date(2025, 9, 1), to: new Date(2025, 11, 31) }),
      },
      {
        label: "Next quarter",
        range: () => ({ from: new Date(2026, 3, 1), to: new Date(2026, 5, 30) }),
      },
    ],
  },
  parameters: openCalendar,
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const presets = await body.findByRole("group", { name: "Presets" });
    await expect(within(presets).getByRole("button", { name: "Next quarter" })).toBeDisabled();
    await expect(body.getByRole("button", { name: "Go to the Next Month" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  },
};

/** German: the trigger writes the range the German way; German texts passed in. */
export const German: Story = {
  args: {
    locale: de,
    defaultValue: week,
    placeholder: "Zeitraum wählen",
    calendarLabel: "Daten wählen",
    presetsLabel: "Vorlagen",
    presets: [
      { label: "Heute", range: (day) => ({ from: day, to: day }) },
      {
        label: "Letzte 7 Tage",
        range: (day) => ({ from: new Date(day.getTime() - 6 * 864e5), to: day }),
      },
    ],
    labels: {
      labelPrevious: () => "Zum vorherigen Monat",
      labelNext: () => "Zum nächsten Monat",
    },
  },
  render: (args) => (
    <Field label="Berichtszeitraum">
      <DateRangePicker {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: /^Berichtszeitraum/ })).toHaveAccessibleName(
      "Berichtszeitraum 09.–13.03.2026",
    );
  },
};

export const InFieldWithError: Story = {
  render: (args) => (
    <Field label="Report period" error="Choose a report period." required>
      <DateRangePicker {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole("button", { name: /^Report period/ });
    await expect(trigger).toHaveAttribute("aria-invalid", "true");
    await expect(trigger).toHaveAccessibleDescription("Choose a report period.");
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: week } };

/** Submits `<name>.from` and `<name>.to` as ISO days with a plain form. */
export const InForm: Story = {
  render: function InForm(args) {
    const [submitted, setSubmitted] = React.useState("");
    return (
      <form
        aria-label="Report"
        style={{ display: "grid", gap: "var(--nx-spacing-3)" }}
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(new URLSearchParams(new FormData(event.currentTarget) as never).toString());
        }}
      >
        <Field label="Report period">
          <DateRangePicker {...args} name="period" defaultValue={week} />
        </Field>
        <Button type="submit" style={{ justifySelf: "start" }}>
          Run report
        </Button>
        <output style={{ fontFamily: "var(--nx-font-family-sans)" }}>{submitted}</output>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Run report" }));
    await expect(canvas.getByText("period.from=2026-03-09&period.to=2026-03-13")).toBeVisible();
  },
};

const sizes = ["sm", "md", "lg"] as const;

/** Every size in every state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: { ...controlStatesParameters("date-range-picker", sizes), grid: true },
  render: (args) => (
    <ControlStatesGrid
      prefix="date-range-picker"
      rows={sizes}
      renderCell={(size, state, stateProps) => (
        <DateRangePicker
          {...args}
          {...stateProps}
          size={size}
          defaultValue={week}
          style={{ width: "var(--nx-spacing-52)" }}
        />
      )}
    />
  ),
};
