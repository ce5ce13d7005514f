import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { de } from "date-fns/locale";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Calendar, type DateRange } from "./calendar";

const today = new Date(2026, 2, 3);
const day = (name: string) =>
  screen.getByRole("button", { name: new RegExp(`^(Today, )?${name},`) });

describe("Calendar", () => {
  it("renders a grid named by its month with days named by their full date", () => {
    render(<Calendar today={today} defaultMonth={today} />);
    const grid = screen.getByRole("grid", { name: "March 2026" });
    // The weekday row is hidden from screen readers: every day button names its full date.
    expect(within(grid).getAllByRole("columnheader", { hidden: true })).toHaveLength(7);
    expect(screen.getByRole("button", { name: "Today, Tuesday, March 3, 2026" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Go to the Previous Month" })).toBeVisible();
    expect(grid.closest("[data-slot='calendar']")).toHaveClass("nx-calendar");
    expect(day("Tuesday, March 3").closest("td")).toHaveAttribute("data-today");
  });

  it("selects one day, uncontrolled, and reports it", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Calendar today={today} defaultMonth={today} onSelect={onSelect} />);
    await user.click(day("Thursday, March 12"));
    expect(onSelect).toHaveBeenLastCalledWith(new Date(2026, 2, 12));
    expect(day("Thursday, March 12")).toHaveAccessibleName(/selected$/);
    expect(day("Thursday, March 12").closest("td")).toHaveAttribute("aria-selected", "true");
  });

  it("follows a controlled selection", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { rerender } = render(
      <Calendar today={today} selected={new Date(2026, 2, 5)} onSelect={onSelect} />,
    );
    await user.click(day("Friday, March 6"));
    expect(onSelect).toHaveBeenCalledWith(new Date(2026, 2, 6));
    // Still the controlled value until the owner changes it.
    expect(day("Thursday, March 5")).toHaveAccessibleName(/selected$/);
    rerender(<Calendar today={today} selected={new Date(2026, 2, 6)} onSelect={onSelect} />);
    expect(day("Friday, March 6")).toHaveAccessibleName(/selected$/);
  });

  it("selects several days in multiple mode", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Calendar mode="multiple" today={today} defaultMonth={today} onSelect={onSelect} />);
    await user.click(day("Monday, March 2"));
    await user.click(day("Wednesday, March 4"));
    expect(onSelect).toHaveBeenLastCalledWith([new Date(2026, 2, 2), new Date(2026, 2, 4)]);
    expect(screen.getByRole("grid")).toHaveAttribute("aria-multiselectable", "true");
  });

  it("selects a range and marks its start, middle and end", async () => {
    const user = userEvent.setup();
    let range: DateRange | undefined;
    render(
      <Calendar
        mode="range"
        today={today}
        defaultMonth={today}
        onSelect={(next) => (range = next)}
      />,
    );
    await user.click(day("Monday, March 9"));
    await user.click(day("Thursday, March 12"));
    expect(range).toEqual({ from: new Date(2026, 2, 9), to: new Date(2026, 2, 12) });
    expect(day("Monday, March 9").closest("td")).toHaveAttribute("data-range", "start");
    expect(day("Tuesday, March 10").closest("td")).toHaveAttribute("data-range", "middle");
    expect(day("Thursday, March 12").closest("td")).toHaveAttribute("data-range", "end");
  });

  it("moves focus per the WAI-ARIA date grid", async () => {
    const user = userEvent.setup();
    render(<Calendar today={today} defaultSelected={today} />);
    day("Tuesday, March 3").focus();
    await user.keyboard("{ArrowRight}");
    expect(day("Wednesday, March 4")).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(day("Wednesday, March 11")).toHaveFocus();
    await user.keyboard("{ArrowLeft}{ArrowUp}");
    expect(day("Tuesday, March 3")).toHaveFocus();
    await user.keyboard("{Home}");
    expect(day("Sunday, March 1")).toHaveFocus();
    await user.keyboard("{End}");
    expect(day("Saturday, March 7")).toHaveFocus();
    await user.keyboard("{PageDown}");
    expect(screen.getByRole("grid", { name: "April 2026" })).toBeVisible();
    expect(day("Tuesday, April 7")).toHaveFocus();
    await user.keyboard("{Shift>}{PageUp}{/Shift}");
    expect(screen.getByRole("grid", { name: "April 2025" })).toBeVisible();
    expect(day("Monday, April 7")).toHaveFocus();
    await user.keyboard("{Shift>}{PageDown}{/Shift}{PageUp}");
    expect(day("Saturday, March 7")).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(day("Saturday, March 7")).toHaveAccessibleName(/selected$/);
  });

  it("keeps min and max: earlier and later days are disabled and navigation stops", async () => {
    const user = userEvent.setup();
    render(
      <Calendar
        today={today}
        defaultMonth={today}
        min={new Date(2026, 2, 2)}
        max={new Date(2026, 3, 15)}
      />,
    );
    expect(day("Sunday, March 1")).toBeDisabled();
    expect(screen.getByRole("button", { name: "Go to the Previous Month" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await user.click(screen.getByRole("button", { name: "Go to the Next Month" }));
    expect(screen.getByRole("grid", { name: "April 2026" })).toBeVisible();
    expect(day("Thursday, April 16")).toBeDisabled();
    expect(screen.getByRole("button", { name: "Go to the Next Month" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    day("Wednesday, April 15").focus();
    await user.keyboard("{ArrowRight}");
    expect(day("Wednesday, April 15")).toHaveFocus();
  });

  it("skips disabled dates with the keyboard and ignores clicks on them", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <Calendar
        today={today}
        defaultSelected={today}
        disabledDates={{ dayOfWeek: [0, 6] }}
        onSelect={onSelect}
      />,
    );
    expect(day("Saturday, March 7")).toBeDisabled();
    day("Friday, March 6").focus();
    await user.keyboard("{ArrowRight}");
    expect(day("Monday, March 9")).toHaveFocus();
    await user.click(day("Sunday, March 8"));
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("localises names and the first day of the week", () => {
    render(<Calendar today={today} defaultMonth={today} locale={de} />);
    expect(screen.getByRole("grid", { name: "März 2026" })).toBeVisible();
    const headers = screen.getAllByRole("columnheader", { hidden: true });
    expect(headers[0]).toHaveAccessibleName("Montag");
    expect(screen.getByRole("button", { name: /Dienstag, 3\. März 2026/ })).toBeVisible();
  });

  it("shows several months and hides outside days on request", () => {
    render(
      <Calendar today={today} defaultMonth={today} numberOfMonths={2} showOutsideDays={false} />,
    );
    expect(screen.getAllByRole("grid").map((grid) => grid.getAttribute("aria-label"))).toEqual([
      "March 2026",
      "April 2026",
    ]);
    expect(screen.queryByRole("button", { name: /February 28,/ })).toBeNull();
  });

  it("disables every day when disabled", () => {
    render(<Calendar today={today} defaultMonth={today} disabled />);
    expect(day("Tuesday, March 3")).toBeDisabled();
    expect(screen.getByRole("button", { name: "Go to the Next Month" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });

  it("forwards its ref and appends the product's class last", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(<Calendar ref={ref} className="product" today={today} />);
    expect(ref.current).toHaveAttribute("data-slot", "calendar");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product");
  });

  it("rejects a min after max and an invalid date with a clear error", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(<Calendar min={new Date(2026, 5, 1)} max={new Date(2026, 0, 1)} />),
    ).toThrow("Calendar: `min` (Mon Jun 01 2026) is after `max` (Thu Jan 01 2026).");
    expect(() => render(<Calendar max={new Date("nope")} />)).toThrow(
      "Calendar: `max` must be a valid Date, got Invalid Date.",
    );
    expect(() => render(<Calendar numberOfMonths={0} />)).toThrow("numberOfMonths");
  });

  it("renders on the server", () => {
    const html = renderToString(<Calendar today={today} defaultMonth={today} />);
    expect(html).toContain("March 2026");
  });
});
