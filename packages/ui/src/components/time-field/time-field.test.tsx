import { fireEvent, render, screen } from "@testing-library/react";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { TimeField } from "./time-field";

// jsdom has no time-input editing UI; its value sanitising follows the HTML spec, which is what
// the tests check. Typing into the hour and minute fields is covered by the browser stories.
const input = () => screen.getByLabelText<HTMLInputElement>(/^Start/);

describe("TimeField", () => {
  it("is a native time input that takes a Field's label, description and error", () => {
    render(
      <Field label="Start" description="Local time." error="Pick a start time." required>
        <TimeField />
      </Field>,
    );
    expect(input()).toHaveAttribute("type", "time");
    expect(input()).toHaveAttribute("aria-invalid", "true");
    expect(input()).toHaveAttribute("aria-required", "true");
    expect(input()).toHaveAccessibleDescription("Local time. Pick a start time.");
    expect(input().closest("[data-slot='time-field']")).toHaveClass("nx-time-field");
  });

  it("steps by minutes, or by seconds when asked", () => {
    const { rerender } = render(<TimeField aria-label="Start" />);
    expect(input()).toHaveAttribute("step", "60");
    rerender(<TimeField aria-label="Start" minuteStep={15} />);
    expect(input()).toHaveAttribute("step", "900");
    rerender(<TimeField aria-label="Start" seconds />);
    expect(input()).toHaveAttribute("step", "1");
  });

  it("reports the new value and still calls onChange", () => {
    const onValueChange = vi.fn();
    const onChange = vi.fn();
    render(<TimeField aria-label="Start" onValueChange={onValueChange} onChange={onChange} />);
    fireEvent.change(input(), { target: { value: "09:30" } });
    expect(onValueChange).toHaveBeenCalledWith("09:30");
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("follows a controlled value", () => {
    const { rerender } = render(<TimeField aria-label="Start" value="08:00" onChange={() => {}} />);
    expect(input()).toHaveValue("08:00");
    rerender(<TimeField aria-label="Start" value="17:45" onChange={() => {}} />);
    expect(input()).toHaveValue("17:45");
  });

  it("submits HH:mm with a plain form", () => {
    render(
      <form aria-label="Meeting">
        <TimeField aria-label="Start" name="start" defaultValue="14:30" />
        <TimeField aria-label="End" name="end" defaultValue="15:45:10" seconds />
      </form>,
    );
    const data = new FormData(screen.getByRole("form") as HTMLFormElement);
    expect(data.get("start")).toBe("14:30");
    expect(data.get("end")).toBe("15:45:10");
  });

  it("is disabled and forwards its ref to the input", () => {
    const ref = React.createRef<HTMLInputElement>();
    render(<TimeField aria-label="Start" ref={ref} disabled />);
    expect(ref.current).toBe(input());
    expect(input()).toBeDisabled();
  });

  it("rejects a value that is not a 24-hour time with a clear error", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<TimeField aria-label="Start" defaultValue="9:30 PM" />)).toThrow(
      'TimeField: `defaultValue` must be a 24-hour time "HH:mm" or "HH:mm:ss", got "9:30 PM".',
    );
    expect(() => render(<TimeField aria-label="Start" minuteStep={0} />)).toThrow("minuteStep");
  });

  it("renders on the server with no client code", () => {
    expect(renderToString(<TimeField aria-label="Start" defaultValue="09:00" />)).toContain(
      'value="09:00"',
    );
  });
});
