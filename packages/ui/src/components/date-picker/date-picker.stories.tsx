import type { Meta, StoryObj } from "@storybook/react-vite";
import { de } from "date-fns/locale";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Button } from "../button";
import { Field } from "../field";
import { DatePicker } from "./date-picker";

// Fixed dates: stories never depend on the day they run.
const today = new Date(2026, 2, 3);

/** Open-calendar stories render in their own iframe on the docs page so the popover stays inside. */
const openCalendar = { docs: { story: { inline: false, height: "460px" } } };

const meta = {
  title: "Forms/Date Picker",
  component: DatePicker,
  tags: ["autodocs"],
  args: { today, onValueChange: fn() },
  argTypes: {
    size: { control: "select", options: ["sm", "md", "lg"] },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  decorators: [
    // A field's width, and room below for the calendar; the States grid sets its own widths.
    (Story, { parameters }) =>
      parameters.grid ? (
        <Story />
      ) : (
        <div style={{ minHeight: 420, width: "var(--nx-spacing-72)" }}>
          <Story />
        </div>
      ),
  ],
  render: (args) => (
    <Field label="Due date" description="Type it or pick it from the calendar.">
      <DatePicker {...args} />
    </Field>
  ),
} satisfies Meta<typeof DatePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const input = body.getByRole("textbox", { name: "Due date" });
    await expect(input).toHaveAccessibleDescription("Type it or pick it from the calendar.");
    await userEvent.type(input, "3/12/26{Enter}");
    await expect(args.onValueChange).toHaveBeenLastCalledWith(new Date(2026, 2, 12));
    await expect(input).toHaveValue("03/12/2026");

    const button = body.getByRole("button", { name: "Choose date" });
    await userEvent.click(button);
    const dialog = await body.findByRole("dialog", { name: "Choose date" });
    await expect(within(dialog).getByRole("grid", { name: "March 2026" })).toBeVisible();
    await waitFor(() =>
      expect(
        within(dialog).getByRole("button", { name: "Thursday, March 12, 2026, selected" }),
      ).toHaveFocus(),
    );
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await expect(input).toHaveValue("03/19/2026");
    await expect(args.onValueChange).toHaveBeenLastCalledWith(new Date(2026, 2, 19));
    await waitFor(() => expect(button).toHaveFocus());
  },
};

/** The calendar open for review, on the chosen day. */
export const Open: Story = {
  args: { defaultValue: new Date(2026, 2, 12), defaultOpen: true },
  parameters: openCalendar,
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole("dialog", { name: "Choose date" });
    await waitFor(() =>
      expect(
        within(dialog).getByRole("button", { name: "Thursday, March 12, 2026, selected" }),
      ).toHaveFocus(),
    );
  },
};

/** Only 2 March – 30 June, no weekends: typed and picked days outside are refused. */
export const MinMaxAndDisabledDates: Story = {
  args: {
    min: new Date(2026, 2, 2),
    max: new Date(2026, 5, 30),
    disabledDates: { dayOfWeek: [0, 6] },
    defaultValue: new Date(2026, 2, 4),
    defaultOpen: true,
  },
  parameters: openCalendar,
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole("dialog", { name: "Choose date" });
    await expect(
      within(dialog).getByRole("button", { name: "Go to the Previous Month" }),
    ).toHaveAttribute("aria-disabled", "true");
    await expect(
      within(dialog).getByRole("button", { name: "Saturday, March 7, 2026" }),
    ).toBeDisabled();
  },
};

/** German: `DD.MM.YYYY` typed and shown, Monday first, German texts passed in. */
export const German: Story = {
  args: {
    locale: de,
    defaultValue: new Date(2026, 2, 12),
    calendarLabel: "Datum wählen",
    labels: {
      labelPrevious: () => "Zum vorherigen Monat",
      labelNext: () => "Zum nächsten Monat",
    },
    formatError: (error) =>
      `Bitte als ${error.hint.replace(/D/g, "T").replace(/Y/g, "J")} eingeben.`,
  },
  render: (args) => (
    <Field label="Fälligkeitsdatum">
      <DatePicker {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole("textbox", { name: "Fälligkeitsdatum" });
    await expect(input).toHaveValue("12.03.2026");
    await userEvent.clear(input);
    await userEvent.type(input, "24.12.26{Enter}");
    await expect(input).toHaveValue("24.12.2026");
    await userEvent.clear(input);
    await userEvent.type(input, "2026-02-30{Enter}");
    await expect(input).toHaveAccessibleDescription("Bitte als TT.MM.JJJJ eingeben.");
  },
};

/** Typed text that is not a date: the field's own error, `aria-invalid`, value unchanged. */
export const InvalidTyped: Story = {
  args: { defaultValue: new Date(2026, 2, 12) },
  play: async ({ args, canvasElement }) => {
    const input = within(canvasElement).getByRole("textbox", { name: "Due date" });
    await userEvent.clear(input);
    await userEvent.type(input, "31/02/2026");
    await userEvent.tab();
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(
      "Type it or pick it from the calendar. Enter a date as MM/DD/YYYY.",
    );
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

export const InFieldWithError: Story = {
  render: (args) => (
    <Field label="Due date" error="Choose a due date." required>
      <DatePicker {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("textbox", { name: "Due date" });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAttribute("aria-required", "true");
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: today } };

/** Submits ISO `yyyy-MM-dd` under `name` with a plain form. */
export const InForm: Story = {
  render: function InForm(args) {
    const [submitted, setSubmitted] = React.useState("");
    return (
      <form
        aria-label="Task"
        style={{ display: "grid", gap: "var(--nx-spacing-3)" }}
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(String(new FormData(event.currentTarget).get("due")));
        }}
      >
        <Field label="Due date">
          <DatePicker {...args} name="due" defaultValue={new Date(2026, 2, 12)} />
        </Field>
        <Button type="submit" style={{ justifySelf: "start" }}>
          Save
        </Button>
        <output style={{ fontFamily: "var(--nx-font-family-sans)" }}>
          {submitted && `due=${submitted}`}
        </output>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(canvas.getByText("due=2026-03-12")).toBeVisible();
  },
};

const sizes = ["sm", "md", "lg"] as const;

/** Every size in every state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: { ...controlStatesParameters("date-picker", sizes), grid: true },
  render: (args) => (
    <ControlStatesGrid
      prefix="date-picker"
      rows={sizes}
      renderCell={(size, state, stateProps) => (
        <DatePicker
          {...args}
          {...stateProps}
          aria-label={`Due date, ${size}, ${state}`}
          size={size}
          defaultValue={new Date(2026, 2, 12)}
          style={{ width: "var(--nx-spacing-44)" }}
        />
      )}
    />
  ),
};
