import { ListIcon } from "@nexod/icons";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { ToggleGroup, ToggleGroupItem, type ToggleGroupProps } from "./toggle-group";

function Period(props: Partial<ToggleGroupProps>) {
  return (
    <ToggleGroup type="single" aria-label="Period" {...(props as object)}>
      <ToggleGroupItem value="day">Day</ToggleGroupItem>
      <ToggleGroupItem value="week">Week</ToggleGroupItem>
      <ToggleGroupItem value="month" disabled>
        Month
      </ToggleGroupItem>
      <ToggleGroupItem value="year">Year</ToggleGroupItem>
    </ToggleGroup>
  );
}

describe("ToggleGroup", () => {
  it('type="single" is a radiogroup of radios with aria-checked', () => {
    render(<Period defaultValue="week" />);
    const group = screen.getByRole("radiogroup", { name: "Period" });
    expect(group).toHaveAttribute("data-slot", "toggle-group");
    const week = within(group).getByRole("radio", { name: "Week" });
    expect(week).toHaveAttribute("aria-checked", "true");
    expect(within(group).getByRole("radio", { name: "Day" })).toHaveAttribute(
      "aria-checked",
      "false",
    );
  });

  it("is one tab stop; arrows move focus (skipping disabled items, wrapping) and Space selects", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <>
        <Period defaultValue="week" onValueChange={onValueChange} />
        <button type="button">After</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole("radio", { name: "Week" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("radio", { name: "Year" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("radio", { name: "Day" })).toHaveFocus();
    expect(onValueChange).not.toHaveBeenCalled();
    await user.keyboard(" ");
    expect(onValueChange).toHaveBeenCalledWith("day");
    expect(screen.getByRole("radio", { name: "Day" })).toBeChecked();
    await user.tab();
    expect(screen.getByRole("button", { name: "After" })).toHaveFocus();
  });

  it('type="multiple" is a toolbar of buttons with aria-pressed', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <ToggleGroup
        type="multiple"
        aria-label="Text style"
        defaultValue={["bold"]}
        onValueChange={onValueChange}
      >
        <ToggleGroupItem value="bold">Bold</ToggleGroupItem>
        <ToggleGroupItem value="italic">Italic</ToggleGroupItem>
      </ToggleGroup>,
    );
    const toolbar = screen.getByRole("toolbar", { name: "Text style" });
    const italic = within(toolbar).getByRole("button", { name: "Italic" });
    expect(within(toolbar).getByRole("button", { name: "Bold" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await user.click(italic);
    expect(italic).toHaveAttribute("aria-pressed", "true");
    expect(onValueChange).toHaveBeenLastCalledWith(["bold", "italic"]);
  });

  it("shows only the value it is given when controlled", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<Period value="day" onValueChange={onValueChange} />);
    await user.click(screen.getByRole("radio", { name: "Year" }));
    expect(onValueChange).toHaveBeenCalledWith("year");
    expect(screen.getByRole("radio", { name: "Day" })).toBeChecked();
    rerender(<Period value="year" onValueChange={onValueChange} />);
    expect(screen.getByRole("radio", { name: "Year" })).toBeChecked();
  });

  it("takes its name, description, error and required state from a Field", () => {
    render(
      <Field label="Billing" description="Change it later." error="Choose one." required>
        <ToggleGroup type="single">
          <ToggleGroupItem value="month">Monthly</ToggleGroupItem>
        </ToggleGroup>
      </Field>,
    );
    const group = screen.getByRole("radiogroup", { name: "Billing" });
    expect(group).toHaveAccessibleDescription("Change it later. Choose one.");
    expect(group).toHaveAttribute("aria-invalid", "true");
    expect(group).toHaveAttribute("aria-required", "true");
  });

  it("drops aria-required on a toolbar, where ARIA does not allow it", () => {
    render(
      <Field label="Style" required>
        <ToggleGroup type="multiple">
          <ToggleGroupItem value="bold">Bold</ToggleGroupItem>
        </ToggleGroup>
      </Field>,
    );
    expect(screen.getByRole("toolbar", { name: "Style" })).not.toHaveAttribute("aria-required");
  });

  it("disables every item with disabled", async () => {
    const user = userEvent.setup();
    render(<Period disabled defaultValue="day" />);
    for (const radio of screen.getAllByRole("radio")) expect(radio).toBeDisabled();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it("passes variant and size to its items: segmented items, or Toggle looks", () => {
    const { rerender } = render(<Period size="lg" />);
    const group = screen.getByRole("radiogroup");
    expect(group).toHaveClass("nx-toggle-group--segmented", "nx-toggle-group--lg");
    expect(screen.getByRole("radio", { name: "Day" })).toHaveClass("nx-toggle-group-item");
    expect(screen.getByRole("radio", { name: "Day" })).not.toHaveClass("nx-toggle");
    rerender(<Period size="sm" variant="outline" />);
    expect(screen.getByRole("radio", { name: "Day" })).toHaveClass(
      "nx-toggle",
      "nx-toggle--outline",
      "nx-toggle--sm",
    );
  });

  it("throws when an icon-only item has no name", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(
        <ToggleGroup type="single" aria-label="Layout">
          <ToggleGroupItem value="list" iconOnly>
            <ListIcon />
          </ToggleGroupItem>
        </ToggleGroup>,
      ),
    ).toThrow("ToggleGroupItem: an iconOnly toggle needs an aria-label");
    spy.mockRestore();
  });

  it("forwards refs and appends the product's className", () => {
    const groupRef = React.createRef<HTMLDivElement>();
    const itemRef = React.createRef<HTMLButtonElement>();
    render(
      <ToggleGroup ref={groupRef} type="single" aria-label="P" className="product-group">
        <ToggleGroupItem ref={itemRef} value="a" className="product-item">
          A
        </ToggleGroupItem>
      </ToggleGroup>,
    );
    expect(groupRef.current?.className.split(" ").at(-1)).toBe("product-group");
    expect(itemRef.current).toHaveAttribute("data-slot", "toggle-group-item");
    expect(itemRef.current?.className.split(" ").at(-1)).toBe("product-item");
  });

  it("renders on the server", () => {
    const html = renderToString(<Period defaultValue="week" />);
    expect(html).toContain('role="radiogroup"');
    expect(html).toContain('aria-checked="true"');
  });
});
