import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { NumberInput } from "./number-input";

describe("NumberInput", () => {
  it("is a spinbutton with its value and bounds, named by aria-label", () => {
    render(<NumberInput aria-label="Quantity" defaultValue={3} min={1} max={10} />);
    const input = screen.getByRole("spinbutton", { name: "Quantity" });
    expect(input).toHaveValue("3");
    expect(input).toHaveAttribute("aria-valuenow", "3");
    expect(input).toHaveAttribute("aria-valuemin", "1");
    expect(input).toHaveAttribute("aria-valuemax", "10");
    expect(input).toHaveAttribute("data-slot", "number-input-field");
  });

  it("steps with the arrow keys, Shift and PageUp/PageDown for large steps, Home/End to the bounds", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <NumberInput
        aria-label="Quantity"
        defaultValue={50}
        min={0}
        max={100}
        step={2}
        largeStep={20}
        onValueChange={onValueChange}
      />,
    );
    const input = screen.getByRole("spinbutton");
    await user.tab();
    expect(input).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(input).toHaveAttribute("aria-valuenow", "52");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(input).toHaveAttribute("aria-valuenow", "48");
    await user.keyboard("{Shift>}{ArrowUp}{/Shift}");
    expect(input).toHaveAttribute("aria-valuenow", "68");
    await user.keyboard("{PageUp}");
    expect(input).toHaveAttribute("aria-valuenow", "88");
    await user.keyboard("{PageUp}");
    expect(input).toHaveAttribute("aria-valuenow", "100");
    await user.keyboard("{PageDown}");
    expect(input).toHaveAttribute("aria-valuenow", "80");
    await user.keyboard("{Home}");
    expect(input).toHaveValue("0");
    await user.keyboard("{End}");
    expect(input).toHaveValue("100");
    expect(onValueChange).toHaveBeenLastCalledWith(100);
  });

  it("clamps a typed value to min/max on blur", async () => {
    const user = userEvent.setup();
    const onValueCommit = vi.fn();
    render(<NumberInput aria-label="Guests" min={1} max={8} onValueCommit={onValueCommit} />);
    const input = screen.getByRole("spinbutton", { name: "Guests" });
    await user.type(input, "12");
    await user.tab();
    expect(input).toHaveValue("8");
    expect(onValueCommit).toHaveBeenLastCalledWith(8);
  });

  it("formats currency, percent and units in the locale, and reads the formatted value out", () => {
    render(
      <>
        <NumberInput
          aria-label="Price"
          defaultValue={1234.5}
          locale="en-US"
          format={{ style: "currency", currency: "EUR" }}
        />
        <NumberInput
          aria-label="Discount"
          defaultValue={0.25}
          locale="en-US"
          format={{ style: "percent" }}
        />
        <NumberInput
          aria-label="Weight"
          defaultValue={1500}
          locale="de-DE"
          format={{ style: "unit", unit: "kilogram" }}
        />
      </>,
    );
    const price = screen.getByRole("spinbutton", { name: "Price" });
    expect(price).toHaveValue("€1,234.50");
    expect(price).toHaveAttribute("aria-valuetext", "€1,234.50");
    expect(price).toHaveAttribute("aria-valuenow", "1234.5");
    expect(screen.getByRole("spinbutton", { name: "Discount" })).toHaveValue("25%");
    expect(screen.getByRole("spinbutton", { name: "Weight" })).toHaveValue("1.500 kg");
  });

  it("has step buttons that are named, not tab stops, and stop at the bounds", async () => {
    const user = userEvent.setup();
    render(
      <>
        <NumberInput aria-label="Seats" defaultValue={9} max={10} />
        <button type="button">After</button>
      </>,
    );
    const increase = screen.getByRole("button", { name: "Increase" });
    const decrease = screen.getByRole("button", { name: "Decrease" });
    expect(increase).toHaveAttribute("tabindex", "-1");
    expect(decrease).toHaveAttribute("tabindex", "-1");
    await user.click(increase);
    expect(screen.getByRole("spinbutton")).toHaveValue("10");
    await user.click(increase);
    expect(screen.getByRole("spinbutton")).toHaveValue("10");
    await user.click(decrease);
    expect(screen.getByRole("spinbutton")).toHaveValue("9");
    // A press focuses the text input; Tab goes on past the buttons.
    expect(screen.getByRole("spinbutton")).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "After" })).toHaveFocus();
  });

  it("names the buttons in other languages and draws plus and minus on the sides", () => {
    render(
      <NumberInput
        aria-label="Menge"
        stepper="plus-minus"
        incrementLabel="Erhöhen"
        decrementLabel="Verringern"
      />,
    );
    const [first, , last] = Array.from(
      screen.getByRole("spinbutton").parentElement!.children,
    ) as HTMLElement[];
    expect(first).toBe(screen.getByRole("button", { name: "Verringern" }));
    expect(last).toBe(screen.getByRole("button", { name: "Erhöhen" }));
  });

  it('renders no buttons with stepper="none"', () => {
    render(<NumberInput aria-label="Year" stepper="none" />);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("does not change on the mouse wheel unless allowWheelScrub", () => {
    render(<NumberInput aria-label="Quantity" defaultValue={5} />);
    const input = screen.getByRole("spinbutton");
    input.focus();
    fireEvent.wheel(input, { deltaY: -100 });
    expect(input).toHaveValue("5");
  });

  it("shows only the value it is given when controlled", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(
      <NumberInput aria-label="Quantity" value={4} onValueChange={onValueChange} />,
    );
    await user.click(screen.getByRole("button", { name: "Increase" }));
    expect(onValueChange).toHaveBeenCalledWith(5);
    expect(screen.getByRole("spinbutton")).toHaveValue("4");
    rerender(<NumberInput aria-label="Quantity" value={5} onValueChange={onValueChange} />);
    expect(screen.getByRole("spinbutton")).toHaveValue("5");
  });

  it("takes its id, name, description, error and required state from a Field", () => {
    render(
      <Field label="Amount" description="In euros." error="Too high." required>
        <NumberInput />
      </Field>,
    );
    const input = screen.getByRole("spinbutton", { name: "Amount" });
    expect(input).toHaveAccessibleDescription("In euros. Too high.");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAttribute("aria-required", "true");
    expect(screen.getByText("Amount").closest("label")).toHaveAttribute("for", input.id);
    expect(input.closest('[data-slot="number-input"]')).toHaveAttribute("data-invalid");
  });

  it("is not focusable or editable when disabled", async () => {
    const user = userEvent.setup();
    render(<NumberInput aria-label="Quantity" defaultValue={1} disabled />);
    expect(screen.getByRole("spinbutton")).toBeDisabled();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it("submits the plain number under its name", async () => {
    const user = userEvent.setup();
    let submitted: FormData | undefined;
    render(
      <form
        aria-label="Order"
        onSubmit={(event) => {
          event.preventDefault();
          submitted = new FormData(event.currentTarget);
        }}
      >
        <NumberInput
          aria-label="Price"
          name="price"
          defaultValue={1000}
          locale="en-US"
          format={{ style: "currency", currency: "USD" }}
        />
        <button type="submit">Order</button>
      </form>,
    );
    const input = screen.getByRole("spinbutton", { name: "Price" });
    expect(input).toHaveValue("$1,000.00");
    await user.click(input);
    await user.keyboard("{ArrowUp}");
    await user.click(screen.getByRole("button", { name: "Order" }));
    expect(submitted?.get("price")).toBe("1001");
    expect([...submitted!.keys()]).toEqual(["price"]);
  });

  it("throws when min is greater than max", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<NumberInput aria-label="X" min={5} max={1} />)).toThrow(
      "NumberInput: min (5) is greater than max (1).",
    );
    spy.mockRestore();
  });

  it("applies size, forwards its ref to the text input and puts className on the box", () => {
    const ref = React.createRef<HTMLInputElement>();
    render(<NumberInput ref={ref} aria-label="Quantity" size="lg" className="product-class" />);
    expect(ref.current).toBe(screen.getByRole("spinbutton"));
    const box = ref.current!.closest('[data-slot="number-input"]')!;
    expect(box).toHaveClass("nx-number-input", "nx-number-input--lg", "nx-number-input--chevrons");
    expect(box.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    const html = renderToString(
      <NumberInput aria-label="Quantity" defaultValue={2} locale="en-US" />,
    );
    expect(html).toContain('role="spinbutton"');
    expect(html).toContain('aria-valuenow="2"');
  });
});
