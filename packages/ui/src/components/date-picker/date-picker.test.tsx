import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { de, enGB, enUS, ja, nl } from "date-fns/locale";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { DatePicker, dateFormat, formatDateInput, parseDateInput, toIsoDate } from "./date-picker";

const today = new Date(2026, 2, 3);
const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const input = () => screen.getByRole("textbox", { name: "Due date" });

function DueDate(props: React.ComponentProps<typeof DatePicker>) {
  return (
    <Field label="Due date">
      <DatePicker today={today} {...props} />
    </Field>
  );
}

describe("date formats", () => {
  it("derives the typed pattern from the locale", () => {
    expect(dateFormat(enUS)).toMatchObject({ pattern: "MM/dd/yyyy", hint: "MM/DD/YYYY" });
    expect(dateFormat(de)).toMatchObject({ pattern: "dd.MM.yyyy", hint: "DD.MM.YYYY" });
    expect(dateFormat(ja)).toMatchObject({ pattern: "yyyy/MM/dd", order: ["y", "M", "d"] });
    expect(formatDateInput(new Date(2026, 2, 12), enGB)).toBe("12/03/2026");
    expect(toIsoDate(new Date(2026, 2, 12))).toBe("2026-03-12");
  });

  it.each([
    ["3/12/2026", enUS, new Date(2026, 2, 12)],
    ["03/12/26", enUS, new Date(2026, 2, 12)],
    ["12/3/2026", enGB, new Date(2026, 2, 12)],
    ["12.3.2026", de, new Date(2026, 2, 12)],
    ["12.03.26", de, new Date(2026, 2, 12)],
    ["12-03-2026", nl, new Date(2026, 2, 12)],
    ["2026/3/12", ja, new Date(2026, 2, 12)],
    ["2026-03-12", de, new Date(2026, 2, 12)],
    ["2026-03-12", enUS, new Date(2026, 2, 12)],
    [" 29.02.2028 ", de, new Date(2028, 1, 29)],
    ["1/1/80", enUS, new Date(1980, 0, 1)],
  ])("parses %s", (text, locale, expected) => {
    expect(parseDateInput(text, locale, today)).toEqual(expected);
  });

  it.each([
    ["31.02.2026", de],
    ["13/13/2026", enUS],
    ["12/03/2026x", enGB],
    ["March 3", enUS],
    ["3/12/202", enUS],
    ["", enUS],
  ])("refuses %s", (text, locale) => {
    expect(parseDateInput(text, locale, today)).toBeUndefined();
  });
});

describe("DatePicker", () => {
  it("is a Field's text input, labelled and described, showing the value in the locale's format", () => {
    render(<DueDate defaultValue={new Date(2026, 2, 12)} locale={de} />);
    expect(input()).toHaveValue("12.03.2026");
    expect(input()).toHaveAttribute("placeholder", "DD.MM.YYYY");
    expect(screen.getByRole("button", { name: "Choose date" })).toHaveAttribute(
      "aria-haspopup",
      "dialog",
    );
  });

  it("commits typed text on blur and Enter, normalised, and reports the day", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<DueDate onValueChange={onValueChange} />);
    await user.type(input(), "3/12/26");
    expect(onValueChange).not.toHaveBeenCalled();
    await user.tab();
    expect(onValueChange).toHaveBeenCalledWith(new Date(2026, 2, 12));
    expect(input()).toHaveValue("03/12/2026");
    await user.clear(input());
    await user.type(input(), "2026-04-01{Enter}");
    expect(onValueChange).toHaveBeenLastCalledWith(new Date(2026, 3, 1));
    expect(input()).toHaveValue("04/01/2026");
    await user.clear(input());
    await user.tab();
    expect(onValueChange).toHaveBeenLastCalledWith(undefined);
  });

  it("shows an error for text it cannot read, without changing the value", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<DueDate defaultValue={today} onValueChange={onValueChange} name="due" />);
    await user.clear(input());
    await user.type(input(), "31/02/2026{Enter}");
    expect(input()).toHaveAttribute("aria-invalid", "true");
    expect(input()).toHaveAccessibleDescription("Enter a date as MM/DD/YYYY.");
    expect(onValueChange).not.toHaveBeenCalled();
    expect(document.querySelector<HTMLInputElement>("input[name='due']")).toHaveValue("");
    await user.clear(input());
    await user.type(input(), "03/04/2026{Enter}");
    expect(input()).not.toHaveAttribute("aria-invalid");
    expect(onValueChange).toHaveBeenCalledWith(new Date(2026, 2, 4));
  });

  it("refuses days before min, after max and disabled ones", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(
      <DueDate
        min={new Date(2026, 2, 2)}
        max={new Date(2026, 5, 30)}
        disabledDates={{ dayOfWeek: [0, 6] }}
        onValueChange={onValueChange}
      />,
    );
    await user.type(input(), "03/01/2026{Enter}");
    expect(input()).toHaveAccessibleDescription("Choose a date on or after 03/02/2026.");
    await user.clear(input());
    await user.type(input(), "07/01/2026{Enter}");
    expect(input()).toHaveAccessibleDescription("Choose a date on or before 06/30/2026.");
    await user.clear(input());
    await user.type(input(), "03/07/2026{Enter}");
    expect(input()).toHaveAccessibleDescription("This date is not available. Choose another one.");
    expect(input()).toHaveAttribute("aria-invalid", "true");
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it("opens a calendar on the selected day, picks a day, fills the input and returns focus", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<DueDate defaultValue={new Date(2026, 2, 12)} onValueChange={onValueChange} />);
    const button = screen.getByRole("button", { name: "Choose date" });
    await user.click(button);
    const dialog = screen.getByRole("dialog", { name: "Choose date" });
    const selected = within(dialog).getByRole("button", {
      name: "Thursday, March 12, 2026, selected",
    });
    await waitFor(() => expect(selected).toHaveFocus());
    await user.keyboard("{ArrowRight}{Enter}");
    expect(onValueChange).toHaveBeenCalledWith(new Date(2026, 2, 13));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(input()).toHaveValue("03/13/2026");
    await waitFor(() => expect(button).toHaveFocus());
  });

  it("opens the calendar with Alt+ArrowDown and closes it with Escape", async () => {
    const user = setup();
    render(<DueDate />);
    await user.click(input());
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    const dialog = screen.getByRole("dialog", { name: "Choose date" });
    await waitFor(() =>
      expect(
        within(dialog).getByRole("button", { name: "Today, Tuesday, March 3, 2026" }),
      ).toHaveFocus(),
    );
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("follows a controlled value", () => {
    const { rerender } = render(<DueDate value={new Date(2026, 2, 12)} />);
    expect(input()).toHaveValue("03/12/2026");
    rerender(<DueDate value={new Date(2026, 4, 1)} />);
    expect(input()).toHaveValue("05/01/2026");
    rerender(<DueDate value={undefined} />);
    expect(input()).toHaveValue("");
  });

  it("submits ISO yyyy-MM-dd with a plain form", async () => {
    const user = setup();
    render(
      <form aria-label="Task">
        <DatePicker aria-label="Due date" name="due" locale={de} defaultValue={today} />
      </form>,
    );
    const form = screen.getByRole("form", { name: "Task" }) as HTMLFormElement;
    expect(new FormData(form).get("due")).toBe("2026-03-03");
    await user.clear(input());
    await user.type(input(), "24.12.2026{Enter}");
    expect(new FormData(form).get("due")).toBe("2026-12-24");
  });

  it("takes the Field's error, description and required state on the input", () => {
    render(
      <Field label="Due date" description="Within this quarter." error="Pick a date." required>
        <DatePicker today={today} />
      </Field>,
    );
    expect(input()).toHaveAttribute("aria-invalid", "true");
    expect(input()).toHaveAttribute("aria-required", "true");
    expect(input()).toHaveAccessibleDescription("Within this quarter. Pick a date.");
  });

  it("is disabled as a whole", () => {
    render(<DueDate disabled name="due" />);
    expect(input()).toBeDisabled();
    expect(screen.getByRole("button", { name: "Choose date" })).toBeDisabled();
  });

  it("translates errors with formatError", async () => {
    const user = setup();
    render(
      <DueDate
        locale={de}
        formatError={(error) =>
          `Bitte als ${error.hint.replace(/D/g, "T").replace(/Y/g, "J")} eingeben.`
        }
      />,
    );
    await user.type(input(), "morgen{Enter}");
    expect(input()).toHaveAccessibleDescription("Bitte als TT.MM.JJJJ eingeben.");
  });

  it("forwards its ref to the input and renders on the server", () => {
    const ref = React.createRef<HTMLInputElement>();
    render(<DatePicker ref={ref} aria-label="Due date" />);
    expect(ref.current).toBe(input());
    expect(renderToString(<DatePicker aria-label="Due" defaultValue={today} />)).toContain(
      'value="03/03/2026"',
    );
  });
});
