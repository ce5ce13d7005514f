import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { de } from "date-fns/locale";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { DateRangePicker, type DateRangePickerProps } from "./date-range-picker";

const today = new Date(2026, 2, 3);
// Intl writes ranges with thin spaces around the dash: "Mar 9\u2009–\u200913, 2026".
const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const trigger = () => screen.getByRole("button", { name: /^Stay/ });

function Stay(props: DateRangePickerProps) {
  return (
    <Field label="Stay">
      <DateRangePicker today={today} {...props} />
    </Field>
  );
}

describe("DateRangePicker", () => {
  it("is a Field's button, named by the label and the range it shows", () => {
    render(<Stay defaultValue={{ from: new Date(2026, 2, 9), to: new Date(2026, 2, 13) }} />);
    expect(trigger()).toHaveAccessibleName("Stay Mar 9\u2009–\u200913, 2026");
    expect(trigger()).toHaveAttribute("aria-haspopup", "dialog");
  });

  it("shows the placeholder while empty", () => {
    render(<Stay placeholder="Any dates" />);
    expect(trigger()).toHaveAccessibleName("Stay Any dates");
    expect(trigger()).toHaveAttribute("data-placeholder");
  });

  it("picks a start and an end in the calendar, then closes and reports the range", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<Stay onValueChange={onValueChange} />);
    await user.click(trigger());
    const dialog = screen.getByRole("dialog", { name: "Choose dates" });
    await waitFor(() =>
      expect(
        within(dialog).getByRole("button", { name: "Today, Tuesday, March 3, 2026" }),
      ).toHaveFocus(),
    );
    await user.click(within(dialog).getByRole("button", { name: "Monday, March 9, 2026" }));
    expect(onValueChange).not.toHaveBeenCalled();
    expect(screen.getByRole("dialog")).toBeVisible();
    await user.click(within(dialog).getByRole("button", { name: "Friday, March 13, 2026" }));
    expect(onValueChange).toHaveBeenCalledWith({
      from: new Date(2026, 2, 9),
      to: new Date(2026, 2, 13),
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(trigger()).toHaveAccessibleName("Stay Mar 9\u2009–\u200913, 2026");
    await waitFor(() => expect(trigger()).toHaveFocus());
  });

  it("orders the ends when the second day is before the first, by keyboard", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<Stay onValueChange={onValueChange} />);
    await user.click(trigger());
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Today, Tuesday, March 3, 2026" })).toHaveFocus(),
    );
    await user.keyboard("{ArrowDown}{Enter}{ArrowLeft}{ArrowLeft}{ArrowUp}{Enter}");
    expect(onValueChange).toHaveBeenCalledWith({
      from: new Date(2026, 2, 1),
      to: new Date(2026, 2, 10),
    });
  });

  it("starts a new range when a range is already chosen", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(
      <Stay
        defaultValue={{ from: new Date(2026, 2, 9), to: new Date(2026, 2, 13) }}
        onValueChange={onValueChange}
      />,
    );
    await user.click(trigger());
    await user.click(screen.getByRole("button", { name: "Monday, March 16, 2026" }));
    await user.click(screen.getByRole("button", { name: "Wednesday, March 18, 2026" }));
    expect(onValueChange).toHaveBeenCalledWith({
      from: new Date(2026, 2, 16),
      to: new Date(2026, 2, 18),
    });
  });

  it("applies presets relative to today and marks the current one", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<Stay onValueChange={onValueChange} />);
    await user.click(trigger());
    const presets = screen.getByRole("group", { name: "Presets" });
    expect(
      within(presets)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Today", "Yesterday", "Last 7 days", "Last 30 days", "This month", "Last month"]);
    await user.click(within(presets).getByRole("button", { name: "Last 7 days" }));
    expect(onValueChange).toHaveBeenCalledWith({
      from: new Date(2026, 1, 25),
      to: new Date(2026, 2, 3),
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await user.click(trigger());
    expect(screen.getByRole("button", { name: "Last 7 days" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await user.click(screen.getByRole("button", { name: "Last month" }));
    expect(onValueChange).toHaveBeenLastCalledWith({
      from: new Date(2026, 1, 1),
      to: new Date(2026, 1, 28),
    });
  });

  it("takes custom presets, disables those past min and max, and hides them with []", async () => {
    const user = setup();
    const { rerender } = render(
      <Stay
        min={new Date(2026, 2, 1)}
        presets={[
          { label: "Next 3 days", range: (day) => ({ from: day, to: new Date(2026, 2, 5) }) },
          { label: "Last 30 days", range: (day) => ({ from: new Date(2026, 1, 2), to: day }) },
        ]}
      />,
    );
    await user.click(trigger());
    expect(screen.getByRole("button", { name: "Next 3 days" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Last 30 days" })).toBeDisabled();
    rerender(<Stay presets={[]} />);
    expect(screen.queryByRole("group", { name: "Presets" })).toBeNull();
  });

  it("follows a controlled value and a locale", () => {
    const { rerender } = render(
      <Stay locale={de} value={{ from: new Date(2026, 2, 9), to: new Date(2026, 2, 13) }} />,
    );
    expect(trigger()).toHaveAccessibleName("Stay 09.–13.03.2026");
    rerender(<Stay locale={de} value={{ from: new Date(2026, 2, 9), to: new Date(2026, 3, 2) }} />);
    expect(trigger()).toHaveAccessibleName("Stay 09.03.\u2009–\u200902.04.2026");
  });

  it("submits <name>.from and <name>.to as ISO days", async () => {
    const user = setup();
    render(
      <form aria-label="Booking">
        <DateRangePicker aria-label="Stay" name="stay" today={today} />
      </form>,
    );
    const form = screen.getByRole("form") as HTMLFormElement;
    expect(new FormData(form).get("stay.from")).toBe("");
    await user.click(screen.getByRole("button", { name: "Stay" }));
    await user.click(screen.getByRole("button", { name: "This month" }));
    expect(Object.fromEntries(new FormData(form))).toEqual({
      "stay.from": "2026-03-01",
      "stay.to": "2026-03-31",
    });
  });

  it("is disabled, forwards its ref and rejects a reversed range", () => {
    const ref = React.createRef<HTMLButtonElement>();
    render(<DateRangePicker ref={ref} aria-label="Stay" disabled />);
    expect(ref.current).toBe(trigger());
    expect(trigger()).toBeDisabled();
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(
        <DateRangePicker defaultValue={{ from: new Date(2026, 2, 9), to: new Date(2026, 2, 1) }} />,
      ),
    ).toThrow(
      "DateRangePicker: `defaultValue` must be { from, to } with valid dates and from ≤ to",
    );
  });

  it("renders on the server", () => {
    const html = renderToString(
      <DateRangePicker
        aria-label="Stay"
        defaultValue={{ from: new Date(2026, 2, 9), to: new Date(2026, 2, 13) }}
      />,
    );
    expect(html).toContain("Mar 9\u2009–\u200913, 2026");
  });
});
