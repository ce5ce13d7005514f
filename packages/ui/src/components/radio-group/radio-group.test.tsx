import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Label } from "../label";
import { RadioGroup, RadioGroupItem, type RadioGroupProps } from "./radio-group";

const plans = ["Free", "Pro", "Team"];

function PlanPicker({ disabledPlan, ...props }: RadioGroupProps & { disabledPlan?: string }) {
  const id = React.useId();
  return (
    <RadioGroup aria-label="Plan" {...props}>
      {plans.map((plan) => (
        <div key={plan}>
          <RadioGroupItem id={`${id}-${plan}`} value={plan} disabled={plan === disabledPlan} />
          <Label htmlFor={`${id}-${plan}`}>{plan}</Label>
        </div>
      ))}
    </RadioGroup>
  );
}

const radio = (name: string) => screen.getByRole("radio", { name });

/**
 * Holds an arrow key down, then releases it, as a person does. Radix moves focus in a timeout
 * after keydown and selects only while an arrow key is still held, so a keydown and keyup in
 * the same tick (what `user.keyboard("{ArrowDown}")` sends) moves focus without selecting.
 */
async function pressArrow(user: ReturnType<typeof userEvent.setup>, key: string) {
  await user.keyboard(`{${key}>}`);
  await user.keyboard(`{/${key}}`);
}

describe("RadioGroup", () => {
  it("renders a named radiogroup of radios named by their labels", () => {
    render(<PlanPicker />);
    const group = screen.getByRole("radiogroup", { name: "Plan" });
    expect(group).toHaveAttribute("data-slot", "radio-group");
    expect(group).toHaveAttribute("aria-orientation", "vertical");
    expect(screen.getAllByRole("radio")).toHaveLength(3);
    expect(radio("Pro")).toHaveAttribute("data-slot", "radio-group-item");
    expect(radio("Pro")).not.toBeChecked();
  });

  it("moves focus into the group on Tab, to the selected radio, and out on Tab", async () => {
    const user = userEvent.setup();
    render(
      <>
        <PlanPicker defaultValue="Pro" />
        <button type="button">Next</button>
      </>,
    );
    await user.tab();
    expect(radio("Pro")).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Next" })).toHaveFocus();
    await user.tab({ shift: true });
    expect(radio("Pro")).toHaveFocus();
  });

  it("moves and selects with every arrow key, wrapping at the ends", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<PlanPicker defaultValue="Free" onValueChange={onValueChange} />);
    await user.tab();
    await pressArrow(user, "ArrowDown");
    expect(radio("Pro")).toHaveFocus();
    expect(radio("Pro")).toBeChecked();
    expect(radio("Free")).not.toBeChecked();
    await pressArrow(user, "ArrowRight");
    expect(radio("Team")).toBeChecked();
    await pressArrow(user, "ArrowDown");
    expect(radio("Free")).toHaveFocus();
    expect(radio("Free")).toBeChecked();
    await pressArrow(user, "ArrowUp");
    expect(radio("Team")).toBeChecked();
    await pressArrow(user, "ArrowLeft");
    expect(radio("Pro")).toBeChecked();
    expect(onValueChange.mock.calls.map(([value]) => value)).toEqual([
      "Pro",
      "Team",
      "Free",
      "Team",
      "Pro",
    ]);
  });

  it("selects with Space and a click on an item's label", async () => {
    const user = userEvent.setup();
    render(<PlanPicker />);
    await user.tab();
    expect(radio("Free")).toHaveFocus();
    await user.keyboard(" ");
    expect(radio("Free")).toBeChecked();
    await user.click(screen.getByText("Team"));
    expect(radio("Team")).toBeChecked();
    expect(radio("Free")).not.toBeChecked();
  });

  it("reports changes and shows only the value it is given when controlled", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<PlanPicker value="Free" onValueChange={onValueChange} />);
    await user.click(radio("Team"));
    expect(onValueChange).toHaveBeenCalledWith("Team");
    expect(radio("Free")).toBeChecked();
    rerender(<PlanPicker value="Team" onValueChange={onValueChange} />);
    expect(radio("Team")).toBeChecked();
  });

  it("skips a disabled item with arrows and ignores clicks on it", async () => {
    const user = userEvent.setup();
    render(<PlanPicker defaultValue="Free" disabledPlan="Pro" />);
    await user.tab();
    await pressArrow(user, "ArrowDown");
    expect(radio("Team")).toHaveFocus();
    expect(radio("Team")).toBeChecked();
    expect(radio("Pro")).toBeDisabled();
    await user.click(radio("Pro"));
    expect(radio("Pro")).not.toBeChecked();
  });

  it("is skipped by Tab and cannot change when the whole group is disabled", async () => {
    const user = userEvent.setup();
    render(
      <>
        <PlanPicker defaultValue="Free" disabled />
        <button type="button">Next</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole("button", { name: "Next" })).toHaveFocus();
    await user.click(radio("Team"));
    expect(radio("Free")).toBeChecked();
    screen.getAllByRole("radio").forEach((item) => expect(item).toBeDisabled());
  });

  it("lays items out horizontally and says so", () => {
    render(<PlanPicker orientation="horizontal" />);
    const group = screen.getByRole("radiogroup", { name: "Plan" });
    expect(group).toHaveAttribute("aria-orientation", "horizontal");
    expect(group).toHaveClass("nx-radio-group--horizontal");
    expect(group).not.toHaveClass("nx-radio-group--vertical");
  });

  it("submits the selected value with a form", async () => {
    const user = userEvent.setup();
    let submitted: FormData | undefined;
    render(
      <form
        aria-label="Billing"
        onSubmit={(event) => {
          event.preventDefault();
          submitted = new FormData(event.currentTarget);
        }}
      >
        <PlanPicker name="plan" />
        <button type="submit">Save</button>
      </form>,
    );
    await user.click(radio("Team"));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(submitted?.get("plan")).toBe("Team");
  });

  it("forwards refs and appends the product's className on both parts", () => {
    const groupRef = React.createRef<HTMLDivElement>();
    const itemRef = React.createRef<HTMLButtonElement>();
    render(
      <RadioGroup ref={groupRef} aria-label="Size" className="group-class">
        <RadioGroupItem
          ref={itemRef}
          value="s"
          aria-label="Small"
          size="sm"
          className="item-class"
        />
      </RadioGroup>,
    );
    expect(groupRef.current).toBe(screen.getByRole("radiogroup"));
    expect(itemRef.current).toBe(screen.getByRole("radio", { name: "Small" }));
    expect(groupRef.current?.className.split(" ").at(-1)).toBe("group-class");
    expect(itemRef.current?.className.split(" ").at(-1)).toBe("item-class");
    expect(itemRef.current).toHaveClass("nx-radio-group-item", "nx-radio-group-item--sm");
  });

  it("renders on the server", () => {
    const html = renderToString(<PlanPicker defaultValue="Pro" />);
    expect(html).toContain('role="radiogroup"');
    expect(html.match(/aria-checked="true"/g)).toHaveLength(1);
  });
});
