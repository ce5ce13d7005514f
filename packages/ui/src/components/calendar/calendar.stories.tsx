import type { Meta, StoryObj } from "@storybook/react-vite";
import { de, he } from "date-fns/locale";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { DirectionProvider } from "../direction";
import { Calendar, type CalendarLabels, type DateRange } from "./calendar";

// Fixed dates: stories never depend on the day they run.
const today = new Date(2026, 2, 3);

/** German names for the buttons and cells (react-day-picker's locale labels, as a product passes them). */
const germanLabels: CalendarLabels = {
  labelPrevious: () => "Zum vorherigen Monat",
  labelNext: () => "Zum nächsten Monat",
  labelDayButton: (date, modifiers) =>
    `${modifiers.today ? "Heute, " : ""}${new Intl.DateTimeFormat("de", { dateStyle: "full" }).format(date)}${modifiers.selected ? ", ausgewählt" : ""}`,
};

const meta = {
  title: "Forms/Calendar",
  component: Calendar,
  tags: ["autodocs"],
  args: { today, defaultMonth: today, onSelect: fn() },
  argTypes: {
    numberOfMonths: { control: { type: "number", min: 1, max: 3 } },
    showOutsideDays: { control: "boolean" },
    showWeekNumber: { control: "boolean" },
    fixedWeeks: { control: "boolean" },
    weekStartsOn: { control: "select", options: [0, 1, 6] },
    disabled: { control: "boolean" },
  },
} satisfies Meta<typeof Calendar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { defaultSelected: new Date(2026, 2, 12) },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("grid", { name: "March 2026" })).toBeVisible();
    const selected = canvas.getByRole("button", { name: "Thursday, March 12, 2026, selected" });
    await expect(selected).toHaveAttribute("tabindex", "0");
    await expect(
      canvas.getByRole("button", { name: "Today, Tuesday, March 3, 2026" }),
    ).toBeVisible();
    selected.focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("button", { name: "Friday, March 13, 2026" })).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}{Home}");
    await expect(canvas.getByRole("button", { name: "Sunday, March 15, 2026" })).toHaveFocus();
    await userEvent.keyboard("{End}");
    await expect(canvas.getByRole("button", { name: "Saturday, March 21, 2026" })).toHaveFocus();
    await userEvent.keyboard("{PageDown}");
    await expect(canvas.getByRole("grid", { name: "April 2026" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Tuesday, April 21, 2026" })).toHaveFocus();
    await userEvent.keyboard("{Shift>}{PageDown}{/Shift}");
    await expect(canvas.getByRole("grid", { name: "April 2027" })).toBeVisible();
    await userEvent.keyboard("{Shift>}{PageUp}{/Shift}{PageUp}{ArrowLeft}{Enter}");
    await expect(
      canvas.getByRole("button", { name: "Friday, March 20, 2026, selected" }),
    ).toHaveFocus();
    await expect(args.onSelect).toHaveBeenLastCalledWith(new Date(2026, 2, 20));
  },
};

export const Multiple: Story = {
  args: {
    mode: "multiple",
    defaultSelected: [new Date(2026, 2, 4), new Date(2026, 2, 11), new Date(2026, 2, 18)],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("grid", { name: "March 2026" })).toHaveAttribute(
      "aria-multiselectable",
      "true",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Wednesday, March 25, 2026" }));
    await expect(
      canvas.getByRole("button", { name: "Wednesday, March 25, 2026, selected" }),
    ).toBeVisible();
  },
};

export const Range: Story = {
  args: {
    mode: "range",
    defaultSelected: { from: new Date(2026, 2, 9), to: new Date(2026, 2, 13) },
  },
};

/** Two months side by side, as in a range picker; the buttons sit at both ends. */
export const TwoMonths: Story = {
  args: {
    mode: "range",
    numberOfMonths: 2,
    defaultSelected: { from: new Date(2026, 2, 26), to: new Date(2026, 3, 4) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getAllByRole("grid").map((grid) => grid.getAttribute("aria-label")),
    ).toEqual(["March 2026", "April 2026"]);
    await userEvent.click(canvas.getByRole("button", { name: "Go to the Next Month" }));
    await expect(canvas.getByRole("grid", { name: "May 2026" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Go to the Previous Month" }));
    await expect(canvas.getByRole("grid", { name: "March 2026" })).toBeVisible();
  },
};

/** German month and day names, Monday first, German button names through `labels`. */
export const German: Story = {
  args: { locale: de, labels: germanLabels, defaultSelected: new Date(2026, 2, 12) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("grid", { name: "März 2026" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Zum nächsten Monat" })).toBeVisible();
    await expect(
      canvas.getByRole("button", { name: "Donnerstag, 12. März 2026, ausgewählt" }),
    ).toBeVisible();
  },
};

/**
 * Right to left (Hebrew): the grid mirrors, the previous-month button sits on the right and
 * ArrowLeft moves to the next day. The direction comes from `DirectionProvider`.
 */
export const RightToLeft: Story = {
  args: { locale: he, defaultSelected: new Date(2026, 2, 12) },
  beforeEach: () => {
    const root = document.documentElement;
    const previous = root.getAttribute("dir");
    root.setAttribute("dir", "rtl");
    return () => {
      if (previous === null) root.removeAttribute("dir");
      else root.setAttribute("dir", previous);
    };
  },
  render: (args) => (
    <DirectionProvider dir="rtl">
      <Calendar {...args} />
    </DirectionProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const previous = canvas.getByRole("button", { name: "Go to the Previous Month" });
    const next = canvas.getByRole("button", { name: "Go to the Next Month" });
    await expect(previous.getBoundingClientRect().left).toBeGreaterThan(
      next.getBoundingClientRect().left,
    );
    const selected = canvas.getByRole("button", { name: /12.*2026, selected$/ });
    selected.focus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(canvas.getByRole("button", { name: /13.*2026$/ })).toHaveFocus();
  },
};

/** Only 2 March to 15 April: other days are disabled and the navigation stops at those months. */
export const MinMax: Story = {
  args: { min: new Date(2026, 2, 2), max: new Date(2026, 3, 15) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const previous = canvas.getByRole("button", { name: "Go to the Previous Month" });
    await expect(previous).toHaveAttribute("aria-disabled", "true");
    await expect(canvas.getByRole("button", { name: "Sunday, March 1, 2026" })).toBeDisabled();
    await userEvent.click(canvas.getByRole("button", { name: "Go to the Next Month" }));
    await expect(canvas.getByRole("grid", { name: "April 2026" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Go to the Next Month" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  },
};

/** Weekends and a company holiday cannot be chosen; the keyboard skips them. */
export const DisabledDates: Story = {
  args: {
    disabledDates: [{ dayOfWeek: [0, 6] }, new Date(2026, 2, 20)],
    defaultSelected: new Date(2026, 2, 19),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole("button", { name: "Thursday, March 19, 2026, selected" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("button", { name: "Monday, March 23, 2026" })).toHaveFocus();
  },
};

export const WeekNumbersWithoutOutsideDays: Story = {
  args: { showWeekNumber: true, showOutsideDays: false, weekStartsOn: 1 },
};

export const Disabled: Story = { args: { disabled: true, defaultSelected: today } };

/**
 * Every day state: selected, range start, middle and end, today, outside, disabled and keyboard
 * focus (forced with the pseudo-states addon).
 */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      focusVisible: ["#calendar-focus [data-day='2026-03-17'] button"],
    },
  },
  render: () => {
    const range: DateRange = { from: new Date(2026, 2, 9), to: new Date(2026, 2, 13) };
    return (
      <StatesGrid
        states={["single, focus", "range, disabled weekends"]}
        rows={[
          {
            name: "calendar",
            cells: [
              <Calendar
                today={today}
                key="single"
                id="calendar-focus"
                defaultSelected={new Date(2026, 2, 12)}
              />,
              <Calendar
                today={today}
                key="range"
                mode="range"
                defaultSelected={range}
                disabledDates={{ dayOfWeek: [0, 6] }}
              />,
            ],
          },
        ]}
      />
    );
  },
};
