import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  CheckboxGroup,
  CheckboxGroupItem,
  CheckboxGroupSelectAll,
  type CheckboxGroupProps,
} from "./checkbox-group";

const Toppings = React.forwardRef<HTMLFieldSetElement, Partial<CheckboxGroupProps>>(
  function Toppings(props, ref) {
    return (
      <CheckboxGroup ref={ref} legend="Toppings" name="toppings" {...props}>
        <CheckboxGroupSelectAll label="All toppings" />
        <CheckboxGroupItem value="cheese" label="Cheese" description="Mozzarella" />
        <CheckboxGroupItem value="olives" label="Olives" />
        <CheckboxGroupItem value="basil" label="Basil" />
        <CheckboxGroupItem value="anchovies" label="Anchovies" disabled />
      </CheckboxGroup>
    );
  },
);

describe("CheckboxGroup", () => {
  it("goes back to its first value when its form is reset, with several boxes changed", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <form>
        <Toppings defaultValue={["basil"]} onValueChange={onValueChange} />
        <button type="reset">Reset</button>
      </form>,
    );
    await user.click(screen.getByRole("checkbox", { name: "Cheese" }));
    await user.click(screen.getByRole("checkbox", { name: "Olives" }));
    await user.click(screen.getByRole("checkbox", { name: "Basil" }));
    expect(onValueChange).toHaveBeenLastCalledWith(["cheese", "olives"]);
    // The reset reaches three boxes in one task: each change must build on the one before.
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(onValueChange).toHaveBeenLastCalledWith(["basil"]);
    expect(screen.getByRole("checkbox", { name: "Basil" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Cheese" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Olives" })).not.toBeChecked();
  });

  it("is a group named by its legend, with named and described checkboxes", () => {
    render(<Toppings defaultValue={["olives"]} />);
    expect(screen.getByRole("group", { name: "Toppings" }).tagName).toBe("FIELDSET");
    expect(screen.getByRole("checkbox", { name: "Olives" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Cheese" })).toHaveAccessibleDescription(
      "Mozzarella",
    );
  });

  it("toggles options with Space and reports the value in option order (uncontrolled)", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Toppings defaultValue={["basil"]} onValueChange={onValueChange} />);
    await user.tab(); // select all
    await user.tab();
    expect(screen.getByRole("checkbox", { name: "Cheese" })).toHaveFocus();
    await user.keyboard(" ");
    expect(onValueChange).toHaveBeenLastCalledWith(["cheese", "basil"]);
    expect(screen.getByRole("checkbox", { name: "Cheese" })).toBeChecked();
  });

  it("shows only the value it is given when controlled", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<Toppings value={[]} onValueChange={onValueChange} />);
    await user.click(screen.getByRole("checkbox", { name: "Olives" }));
    expect(onValueChange).toHaveBeenCalledWith(["olives"]);
    expect(screen.getByRole("checkbox", { name: "Olives" })).not.toBeChecked();
    rerender(<Toppings value={["olives"]} onValueChange={onValueChange} />);
    expect(screen.getByRole("checkbox", { name: "Olives" })).toBeChecked();
  });

  it("select all is mixed for a partial selection and leaves disabled options alone", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Toppings defaultValue={["cheese", "anchovies"]} onValueChange={onValueChange} />);
    const all = screen.getByRole("checkbox", { name: "All toppings" });
    expect(all).toHaveAttribute("aria-checked", "mixed");
    await user.click(all);
    expect(onValueChange).toHaveBeenLastCalledWith(["cheese", "olives", "basil", "anchovies"]);
    expect(all).toBeChecked();
    expect(all).not.toBePartiallyChecked();
    await user.click(all);
    expect(onValueChange).toHaveBeenLastCalledWith(["anchovies"]);
    expect(all).not.toBeChecked();
    expect(all).not.toBePartiallyChecked();
    expect(screen.getByRole("checkbox", { name: "Anchovies" })).toBeChecked();
  });

  it("submits every checked value under its name with a plain form, select all excluded", async () => {
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
        <Toppings defaultValue={["cheese"]} />
        <button type="submit">Order</button>
      </form>,
    );
    await user.click(screen.getByRole("checkbox", { name: "Basil" }));
    await user.click(screen.getByRole("button", { name: "Order" }));
    expect(submitted?.getAll("toppings")).toEqual(["cheese", "basil"]);
    expect([...submitted!.keys()].every((key) => key === "toppings")).toBe(true);
  });

  it("disables every option, select all included", () => {
    render(<Toppings disabled />);
    for (const box of screen.getAllByRole("checkbox")) expect(box).toBeDisabled();
  });

  it("announces its error and marks the options invalid", () => {
    render(<Toppings error="Choose one" />);
    expect(screen.getByRole("alert")).toHaveTextContent("Choose one");
    expect(screen.getByRole("checkbox", { name: "Olives" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  });

  it("explains what is wrong when select all has no options or an item has no group", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(
        <CheckboxGroup legend="Empty">
          <CheckboxGroupSelectAll />
        </CheckboxGroup>,
      ),
    ).toThrow(/pass their values as `allValues`/);
    expect(() => render(<CheckboxGroupItem value="a" label="A" />)).toThrow(
      "CheckboxGroupItem must be inside a <CheckboxGroup>.",
    );
    vi.mocked(console.error).mockRestore();
  });

  it("uses allValues for items rendered by another component", async () => {
    const user = userEvent.setup();
    const Items = () => (
      <>
        <CheckboxGroupItem value="a" label="A" />
        <CheckboxGroupItem value="b" label="B" />
      </>
    );
    render(
      <CheckboxGroup legend="Letters" allValues={["a", "b"]}>
        <CheckboxGroupSelectAll />
        <Items />
      </CheckboxGroup>,
    );
    await user.click(screen.getByRole("checkbox", { name: "Select all" }));
    expect(screen.getByRole("checkbox", { name: "B" })).toBeChecked();
  });

  it("forwards its ref to the fieldset and appends the product's className", () => {
    const ref = React.createRef<HTMLFieldSetElement>();
    render(<Toppings ref={ref} className="product-class" orientation="horizontal" />);
    expect(ref.current).toBe(screen.getByRole("group", { name: "Toppings" }));
    expect(ref.current).toHaveAttribute("data-slot", "checkbox-group");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
    expect(ref.current?.querySelector('[data-orientation="horizontal"]')).not.toBeNull();
  });

  it("renders on the server as native checkboxes, the checked values checked", () => {
    const html = renderToString(<Toppings defaultValue={["olives"]} />);
    expect(html).toContain('aria-checked="mixed"');
    const olives = html.match(/<input type="checkbox"[^>]*value="olives"[^>]*>/)?.[0];
    expect(olives).toContain('name="toppings"');
    expect(olives).toContain('checked=""');
  });
});
