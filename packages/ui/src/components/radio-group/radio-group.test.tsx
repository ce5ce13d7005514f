import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { hydrateRoot } from "react-dom/client";
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

/** An arrow key; user-event moves between native radios of one name as browsers do. */
async function pressArrow(user: ReturnType<typeof userEvent.setup>, key: string) {
  await user.keyboard(`{${key}}`);
}

describe("RadioGroup", () => {
  it("renders a named radiogroup of native radios named by their labels", () => {
    render(<PlanPicker />);
    const group = screen.getByRole("radiogroup", { name: "Plan" });
    expect(group).toHaveAttribute("data-slot", "radio-group");
    expect(group).toHaveAttribute("aria-orientation", "vertical");
    expect(screen.getAllByRole("radio")).toHaveLength(3);
    expect(radio("Pro")).toBeInstanceOf(HTMLInputElement);
    expect(radio("Pro")).toHaveAttribute("type", "radio");
    expect(radio("Pro")).toHaveAttribute("data-slot", "radio-group-item");
    expect(radio("Pro")).toHaveAttribute("data-state", "unchecked");
    expect(radio("Pro")).not.toBeChecked();
  });

  it("gives the radios one generated name per group when none is given", () => {
    render(
      <>
        <PlanPicker />
        <PlanPicker aria-label="Backup plan" />
      </>,
    );
    const [first, second] = screen.getAllByRole("radiogroup");
    const names = (group: HTMLElement) =>
      new Set([...group.querySelectorAll("input")].map((input) => input.name));
    expect(names(first!).size).toBe(1);
    expect([...names(first!)][0]).not.toBe("");
    expect(names(second!).size).toBe(1);
    expect([...names(first!)][0]).not.toBe([...names(second!)][0]);
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

  it("stops at the first and last item without loop", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<PlanPicker defaultValue="Team" loop={false} onValueChange={onValueChange} />);
    await user.tab();
    expect(radio("Team")).toHaveFocus();
    await pressArrow(user, "ArrowDown");
    await pressArrow(user, "ArrowRight");
    expect(radio("Team")).toHaveFocus();
    expect(radio("Team")).toBeChecked();
    await pressArrow(user, "ArrowUp");
    await pressArrow(user, "ArrowLeft");
    expect(radio("Free")).toBeChecked();
    await pressArrow(user, "ArrowUp");
    await pressArrow(user, "ArrowLeft");
    expect(radio("Free")).toHaveFocus();
    expect(radio("Free")).toBeChecked();
    expect(onValueChange.mock.calls.map(([value]) => value)).toEqual(["Pro", "Free"]);
  });

  it("stops at the ends without loop, skipping a disabled last item", async () => {
    const user = userEvent.setup();
    render(<PlanPicker defaultValue="Pro" loop={false} disabledPlan="Team" />);
    await user.tab();
    await pressArrow(user, "ArrowDown");
    expect(radio("Pro")).toHaveFocus();
    expect(radio("Pro")).toBeChecked();
  });

  it("puts required on every radio: the form is invalid until one is picked", async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="Billing">
        <PlanPicker name="plan" required />
      </form>,
    );
    const group = screen.getByRole("radiogroup", { name: "Plan" });
    expect(group).toHaveAttribute("aria-required", "true");
    screen.getAllByRole("radio").forEach((item) => expect(item).toBeRequired());
    const form = screen.getByRole<HTMLFormElement>("form", { name: "Billing" });
    expect(form.checkValidity()).toBe(false);
    await user.click(radio("Pro"));
    expect(form.checkValidity()).toBe(true);
  });

  it("goes back to its first value when its form is reset", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <form aria-label="Billing">
        <PlanPicker name="plan" defaultValue="Pro" onValueChange={onValueChange} />
        <button type="reset">Reset</button>
      </form>,
    );
    await user.click(radio("Team"));
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(radio("Pro")).toBeChecked();
    expect(radio("Pro")).toHaveAttribute("data-state", "checked");
    expect(radio("Team")).not.toBeChecked();
    expect(onValueChange).toHaveBeenLastCalledWith("Pro");
  });

  it("clears the pick on reset when it started with none, without reporting a value", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <form aria-label="Billing">
        <PlanPicker name="plan" onValueChange={onValueChange} />
        <button type="reset">Reset</button>
      </form>,
    );
    await user.click(radio("Team"));
    await user.click(screen.getByRole("button", { name: "Reset" }));
    screen.getAllByRole("radio").forEach((item) => expect(item).not.toBeChecked());
    expect(radio("Team")).toHaveAttribute("data-state", "unchecked");
    expect(onValueChange.mock.calls).toEqual([["Team"]]);
  });

  it("takes over a pick the user made before hydration", () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(<PlanPicker name="plan" defaultValue="Free" />);
    document.body.append(container);
    const team = container.querySelector<HTMLInputElement>('input[value="Team"]')!;
    team.click(); // picked in the browser, before React is there
    const onValueChange = vi.fn();
    act(() => {
      hydrateRoot(
        container,
        <PlanPicker name="plan" defaultValue="Free" onValueChange={onValueChange} />,
      );
    });
    expect(team.checked).toBe(true);
    expect(team).toHaveAttribute("data-state", "checked");
    expect(onValueChange).toHaveBeenCalledWith("Team");
    container.remove();
  });

  it("explains what is wrong when an item has no group", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<RadioGroupItem value="a" aria-label="A" />)).toThrow(
      "RadioGroupItem must be inside a <RadioGroup>.",
    );
    vi.restoreAllMocks();
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
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(submitted?.has("plan")).toBe(false);
    await user.click(radio("Team"));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect([...submitted!.entries()]).toEqual([["plan", "Team"]]);
  });

  it("forwards refs and appends the product's className on both parts", () => {
    const groupRef = React.createRef<HTMLDivElement>();
    const itemRef = React.createRef<HTMLInputElement>();
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

  it("renders native radios on the server, the default one checked", () => {
    const html = renderToString(<PlanPicker name="plan" defaultValue="Pro" />);
    expect(html).toContain('role="radiogroup"');
    expect(html.match(/<input type="radio"/g)).toHaveLength(3);
    expect(html.match(/<input type="radio"[^>]*checked=""[^>]*>/g)).toEqual([
      expect.stringContaining('value="Pro"'),
    ]);
  });
});
