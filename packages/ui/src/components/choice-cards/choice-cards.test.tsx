import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import {
  CheckboxCards,
  CheckboxCardsItem,
  type CheckboxCardsProps,
  RadioCards,
  RadioCardsItem,
  type RadioCardsProps,
} from "./choice-cards";

function Plans(props: RadioCardsProps) {
  return (
    <RadioCards aria-label="Plan" name="plan" {...props}>
      <RadioCardsItem value="starter" label="Starter" description="One project" />
      <RadioCardsItem value="team" label="Team" description="Ten seats" icon={<svg />} />
      <RadioCardsItem value="legacy" label="Legacy" disabled />
      <RadioCardsItem value="enterprise" label="Enterprise" />
    </RadioCards>
  );
}

const AddOns = React.forwardRef<HTMLDivElement, CheckboxCardsProps>(function AddOns(props, ref) {
  return (
    <CheckboxCards ref={ref} aria-label="Add-ons" name="addons" {...props}>
      <CheckboxCardsItem value="backup" label="Backups" description="30 days" />
      <CheckboxCardsItem value="seats" label="Seats" />
      <CheckboxCardsItem value="invoice" label="Invoice" disabled />
    </CheckboxCards>
  );
});

function submitting(ui: React.ReactElement) {
  const result: { data?: FormData } = {};
  render(
    <form
      aria-label="Order"
      onSubmit={(event) => {
        event.preventDefault();
        result.data = new FormData(event.currentTarget);
      }}
    >
      {ui}
      <button type="submit">Submit</button>
    </form>,
  );
  return result;
}

describe("RadioCards", () => {
  it("is a radio group of cards named by their title and described by their description", () => {
    render(<Plans defaultValue="team" />);
    expect(screen.getByRole("radiogroup", { name: "Plan" })).toBeInTheDocument();
    const team = screen.getByRole("radio", { name: "Team" });
    expect(team).toBeChecked();
    expect(team).toHaveAccessibleDescription("Ten seats");
    expect(screen.getByRole("radio", { name: "Legacy" })).not.toHaveAttribute("aria-describedby");
  });

  it("enters at the selected card with Tab; arrow keys move, select and skip disabled cards", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Plans defaultValue="team" onValueChange={onValueChange} />);
    await user.tab();
    expect(screen.getByRole("radio", { name: "Team" })).toHaveFocus();
    await user.keyboard("{ArrowDown>}{/ArrowDown}");
    expect(screen.getByRole("radio", { name: "Enterprise" })).toHaveFocus();
    expect(onValueChange).toHaveBeenLastCalledWith("enterprise");
    await user.keyboard("{ArrowUp>}{/ArrowUp}");
    expect(screen.getByRole("radio", { name: "Team" })).toBeChecked();
  });

  it("selects a card on click, and only shows the value it is given when controlled", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Plans value="starter" onValueChange={onValueChange} />);
    await user.click(screen.getByText("Enterprise"));
    expect(onValueChange).toHaveBeenCalledWith("enterprise");
    expect(screen.getByRole("radio", { name: "Starter" })).toBeChecked();
  });

  it("submits the selected value with a plain form", async () => {
    const user = userEvent.setup();
    const result = submitting(<Plans defaultValue="starter" />);
    await user.click(screen.getByRole("radio", { name: "Team" }));
    await user.click(screen.getByRole("button", { name: "Submit" }));
    expect(result.data?.get("plan")).toBe("team");
  });

  it("takes Field's label and error", () => {
    render(
      <Field label="Plan" error="Choose one">
        <RadioCards>
          <RadioCardsItem value="a" label="A" />
        </RadioCards>
      </Field>,
    );
    expect(screen.getByRole("radiogroup", { name: "Plan" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  });
});

describe("CheckboxCards", () => {
  it("is a group of checkbox cards, each a Tab stop toggled with Space (uncontrolled)", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AddOns defaultValue={["backup"]} onValueChange={onValueChange} />);
    expect(screen.getByRole("group", { name: "Add-ons" })).toBeInTheDocument();
    const backup = screen.getByRole("checkbox", { name: "Backups" });
    expect(backup).toBeChecked();
    expect(backup).toHaveAccessibleDescription("30 days");
    await user.tab();
    await user.tab();
    const seats = screen.getByRole("checkbox", { name: "Seats" });
    expect(seats).toHaveFocus();
    await user.keyboard(" ");
    expect(seats).toBeChecked();
    expect(onValueChange).toHaveBeenLastCalledWith(["backup", "seats"]);
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it("shows only the value it is given when controlled", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<AddOns value={[]} onValueChange={onValueChange} />);
    await user.click(screen.getByText("Seats"));
    expect(onValueChange).toHaveBeenCalledWith(["seats"]);
    expect(screen.getByRole("checkbox", { name: "Seats" })).not.toBeChecked();
    rerender(<AddOns value={["seats"]} onValueChange={onValueChange} />);
    expect(screen.getByRole("checkbox", { name: "Seats" })).toBeChecked();
  });

  it("submits every checked value with a plain form", async () => {
    const user = userEvent.setup();
    const result = submitting(<AddOns defaultValue={["backup"]} />);
    await user.click(screen.getByRole("checkbox", { name: "Seats" }));
    await user.click(screen.getByRole("button", { name: "Submit" }));
    expect(result.data?.getAll("addons")).toEqual(["backup", "seats"]);
  });

  it("disables every card, and marks each invalid with the group", () => {
    render(<AddOns disabled aria-invalid />);
    for (const card of screen.getAllByRole("checkbox")) {
      expect(card).toBeDisabled();
      expect(card).toHaveAttribute("aria-invalid", "true");
    }
  });

  it("explains an item outside its group", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<CheckboxCardsItem value="a" label="A" />)).toThrow(
      "CheckboxCardsItem must be inside <CheckboxCards>.",
    );
    vi.mocked(console.error).mockRestore();
  });

  it("forwards refs, sets the columns and appends the product's className", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(<AddOns ref={ref} columns={2} className="product-class" />);
    expect(ref.current).toHaveAttribute("data-columns", "2");
    expect(ref.current).toHaveClass("nx-choice-cards", "nx-choice-cards--2");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders both on the server with checked values in hidden form inputs", () => {
    const html = renderToString(
      <>
        <Plans defaultValue="team" />
        <AddOns defaultValue={["seats"]} />
      </>,
    );
    expect(html).toMatch(/<input[^>]*type="radio"[^>]*name="plan"[^>]*checked=""[^>]*value="team"/);
    expect(html).toMatch(/<input[^>]*name="addons"[^>]*checked=""[^>]*value="seats"/);
  });
});
