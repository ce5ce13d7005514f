import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { hydrateRoot } from "react-dom/client";
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

  it("is built of native radios in labels: one generated name per group, the card's data-state", () => {
    render(
      <>
        <Plans defaultValue="team" name={undefined} />
        <RadioCards aria-label="Other">
          <RadioCardsItem value="a" label="A" />
        </RadioCards>
      </>,
    );
    const team = screen.getByRole("radio", { name: "Team" });
    expect(team).toBeInstanceOf(HTMLInputElement);
    expect(team).toHaveAttribute("type", "radio");
    const card = team.closest("label")!;
    expect(card).toHaveAttribute("data-slot", "radio-cards-item");
    expect(card).toHaveAttribute("data-state", "checked");
    expect(card).toHaveClass("nx-choice-cards-item");
    const names = new Set(screen.getAllByRole("radio").map((radio) => radio.getAttribute("name")));
    expect(names.size).toBe(2);
    expect([...names].every((name) => name !== null && name !== "")).toBe(true);
  });

  it("selects with Space on the focused card", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Plans onValueChange={onValueChange} />);
    await user.tab();
    const starter = screen.getByRole("radio", { name: "Starter" });
    expect(starter).toHaveFocus();
    expect(starter).not.toBeChecked();
    await user.keyboard(" ");
    expect(starter).toBeChecked();
    expect(onValueChange).toHaveBeenCalledWith("starter");
  });

  it("selects with a click anywhere on the card (its description), not on a disabled one", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Plans onValueChange={onValueChange} />);
    await user.click(screen.getByText("One project"));
    expect(screen.getByRole("radio", { name: "Starter" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Starter" }).closest("label")).toHaveAttribute(
      "data-state",
      "checked",
    );
    await user.keyboard("{ArrowDown>}{/ArrowDown}");
    expect(screen.getByRole("radio", { name: "Team" })).toBeChecked();
    await user.click(screen.getByText("Legacy"));
    expect(screen.getByRole("radio", { name: "Legacy" })).not.toBeChecked();
    expect(onValueChange.mock.calls).toEqual([["starter"], ["team"]]);
  });

  it("wraps with arrow keys, and stops at the first and last card without loop", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Plans defaultValue="enterprise" />);
    await user.tab();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Starter" })).toBeChecked();
    unmount();
    render(<Plans defaultValue="enterprise" loop={false} />);
    await user.tab();
    await user.keyboard("{ArrowDown}{ArrowRight}");
    expect(screen.getByRole("radio", { name: "Enterprise" })).toHaveFocus();
    expect(screen.getByRole("radio", { name: "Enterprise" })).toBeChecked();
  });

  it("disables every card with the group", async () => {
    const user = userEvent.setup();
    render(<Plans disabled defaultValue="team" />);
    for (const radio of screen.getAllByRole("radio")) {
      expect(radio).toBeDisabled();
      expect(radio.closest("label")).toHaveAttribute("data-disabled");
    }
    await user.click(screen.getByText("Starter"));
    expect(screen.getByRole("radio", { name: "Team" })).toBeChecked();
  });

  it("puts required on every radio: the form is invalid until a card is picked", async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="Order">
        <Plans required />
      </form>,
    );
    expect(screen.getByRole("radiogroup", { name: "Plan" })).toHaveAttribute(
      "aria-required",
      "true",
    );
    const form = screen.getByRole<HTMLFormElement>("form", { name: "Order" });
    expect(form.checkValidity()).toBe(false);
    await user.click(screen.getByText("Team"));
    expect(form.checkValidity()).toBe(true);
  });

  it("goes back to its first value when its form is reset", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <form aria-label="Order">
        <Plans defaultValue="starter" onValueChange={onValueChange} />
        <button type="reset">Reset</button>
      </form>,
    );
    await user.click(screen.getByText("Team"));
    await user.click(screen.getByRole("button", { name: "Reset" }));
    const starter = screen.getByRole("radio", { name: "Starter" });
    expect(starter).toBeChecked();
    expect(starter.closest("label")).toHaveAttribute("data-state", "checked");
    expect(onValueChange.mock.calls).toEqual([["team"], ["starter"]]);
  });

  it("takes over a card the user picked before hydration", () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(<Plans defaultValue="starter" />);
    document.body.append(container);
    const team = container.querySelector<HTMLInputElement>('input[value="team"]')!;
    team.click(); // picked in the browser, before React is there
    const onValueChange = vi.fn();
    act(() => {
      hydrateRoot(container, <Plans defaultValue="starter" onValueChange={onValueChange} />);
    });
    expect(team.checked).toBe(true);
    expect(team.closest("label")).toHaveAttribute("data-state", "checked");
    expect(onValueChange).toHaveBeenCalledWith("team");
    container.remove();
  });

  it("forwards the item's ref to its input, className and style to its card", () => {
    const ref = React.createRef<HTMLInputElement>();
    render(
      <RadioCards aria-label="Plan">
        <RadioCardsItem ref={ref} value="a" label="A" className="card-class" style={{ order: 2 }} />
      </RadioCards>,
    );
    expect(ref.current).toBe(screen.getByRole("radio", { name: "A" }));
    const card = ref.current!.closest("label")!;
    expect(card.className.split(" ").at(-1)).toBe("card-class");
    expect(card.style.order).toBe("2");
  });

  it("explains an item outside its group", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<RadioCardsItem value="a" label="A" />)).toThrow(
      "RadioCardsItem must be inside <RadioCards>.",
    );
    vi.mocked(console.error).mockRestore();
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

  it("toggles with a click anywhere on the card; a disabled card does not", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AddOns onValueChange={onValueChange} />);
    await user.click(screen.getByText("30 days"));
    const backup = screen.getByRole("checkbox", { name: "Backups" });
    expect(backup).toBeChecked();
    expect(backup.closest("label")).toHaveAttribute("data-state", "checked");
    await user.click(screen.getByText("Invoice"));
    await user.click(screen.getByText("Backups"));
    expect(backup).not.toBeChecked();
    expect(onValueChange.mock.calls).toEqual([[["backup"]], [[]]]);
  });

  it("goes back to its first value when its form is reset", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <form aria-label="Order">
        <AddOns defaultValue={["backup"]} onValueChange={onValueChange} />
        <button type="reset">Reset</button>
      </form>,
    );
    await user.click(screen.getByText("Seats"));
    await user.click(screen.getByText("Backups"));
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(screen.getByRole("checkbox", { name: "Backups" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Seats" })).not.toBeChecked();
    expect(onValueChange).toHaveBeenLastCalledWith(["backup"]);
  });

  it("takes over the cards the user ticked before hydration", () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(<AddOns defaultValue={["backup"]} />);
    document.body.append(container);
    const box = (value: string) =>
      container.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
    box("seats").click(); // ticked and unticked in the browser, before React is there
    box("backup").click();
    const onValueChange = vi.fn();
    act(() => {
      hydrateRoot(container, <AddOns defaultValue={["backup"]} onValueChange={onValueChange} />);
    });
    expect(box("seats").checked).toBe(true);
    expect(box("backup").checked).toBe(false);
    expect(box("seats").closest("label")).toHaveAttribute("data-state", "checked");
    expect(onValueChange.mock.calls).toEqual([[["seats"]]]);
    container.remove();
  });

  it("reports nothing at hydration when the page shows the server's value", () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(<AddOns defaultValue={["backup"]} />);
    document.body.append(container);
    const onValueChange = vi.fn();
    act(() => {
      hydrateRoot(container, <AddOns defaultValue={["backup"]} onValueChange={onValueChange} />);
    });
    expect(onValueChange).not.toHaveBeenCalled();
    container.remove();
  });

  it("forwards the item's ref to its input", () => {
    const ref = React.createRef<HTMLInputElement>();
    render(
      <CheckboxCards aria-label="Add-ons">
        <CheckboxCardsItem ref={ref} value="a" label="A" />
      </CheckboxCards>,
    );
    expect(ref.current).toBe(screen.getByRole("checkbox", { name: "A" }));
    expect(ref.current!.closest("label")).toHaveAttribute("data-slot", "checkbox-cards-item");
  });

  it("renders both on the server as native inputs in labels, the defaults checked", () => {
    const html = renderToString(
      <>
        <Plans defaultValue="team" />
        <AddOns defaultValue={["seats"]} />
      </>,
    );
    expect(html).toMatch(/<input[^>]*type="radio"[^>]*name="plan"[^>]*checked=""[^>]*value="team"/);
    expect(html).toMatch(/<input[^>]*name="addons"[^>]*checked=""[^>]*value="seats"/);
    expect(html).toMatch(/<label[^>]*data-state="checked"[^>]*><span/);
    expect(html).not.toMatch(/<button/);
  });
});
