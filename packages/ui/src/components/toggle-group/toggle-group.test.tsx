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

  describe("with name, in a plain form", () => {
    function Formatting(props: Partial<ToggleGroupProps>) {
      return (
        <form aria-label="Style">
          <ToggleGroup type="multiple" aria-label="Formatting" name="format" {...(props as object)}>
            <ToggleGroupItem value="bold">Bold</ToggleGroupItem>
            <ToggleGroupItem value="italic">Italic</ToggleGroupItem>
            <ToggleGroupItem value="underline">Underline</ToggleGroupItem>
          </ToggleGroup>
          <button type="reset">Reset</button>
        </form>
      );
    }
    const formData = (label: string) =>
      new FormData(screen.getByRole("form", { name: label }) as HTMLFormElement);

    it("submits one entry per pressed item and follows the pressed state", async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(<Formatting defaultValue={["italic"]} onValueChange={onValueChange} />);
      expect(formData("Style").getAll("format")).toEqual(["italic"]);
      await user.click(screen.getByRole("button", { name: "Bold" }));
      expect(onValueChange).toHaveBeenLastCalledWith(["italic", "bold"]);
      expect(formData("Style").getAll("format")).toEqual(["italic", "bold"]);
      await user.click(screen.getByRole("button", { name: "Italic" }));
      await user.click(screen.getByRole("button", { name: "Bold" }));
      expect(formData("Style").getAll("format")).toEqual([]);
      // The hidden inputs are not controls of their own: the toolbar keeps its three buttons.
      expect(within(screen.getByRole("toolbar")).getAllByRole("button")).toHaveLength(3);
    });

    it('submits the pressed radio of type="single", and nothing once it is switched off', async () => {
      const user = userEvent.setup();
      render(
        <form aria-label="Report">
          <Period name="period" defaultValue="week" />
        </form>,
      );
      expect(formData("Report").getAll("period")).toEqual(["week"]);
      await user.click(screen.getByRole("radio", { name: "Year" }));
      expect(formData("Report").getAll("period")).toEqual(["year"]);
      await user.click(screen.getByRole("radio", { name: "Year" }));
      expect(formData("Report").getAll("period")).toEqual([]);
    });

    it("puts the default selection back when the form resets", async () => {
      const user = userEvent.setup();
      render(<Formatting defaultValue={["italic"]} />);
      await user.click(screen.getByRole("button", { name: "Underline" }));
      expect(formData("Style").getAll("format")).toEqual(["italic", "underline"]);
      await user.click(screen.getByRole("button", { name: "Reset" }));
      expect(formData("Style").getAll("format")).toEqual(["italic"]);
      expect(screen.getByRole("button", { name: "Underline" })).toHaveAttribute(
        "aria-pressed",
        "false",
      );
    });

    it("submits the controlled value, nothing while it is undefined, and nothing when disabled", () => {
      const { rerender } = render(<Formatting value={["bold", "underline"]} />);
      expect(formData("Style").getAll("format")).toEqual(["bold", "underline"]);
      rerender(<Formatting value={undefined} />);
      expect(formData("Style").getAll("format")).toEqual([]);
      for (const name of ["Bold", "Italic", "Underline"])
        expect(screen.getByRole("button", { name })).toHaveAttribute("aria-pressed", "false");
      rerender(<Formatting value={["bold"]} disabled />);
      expect(formData("Style").getAll("format")).toEqual([]);
    });

    it("belongs to the form named by form when it sits outside it", () => {
      render(
        <>
          <form id="filters" aria-label="Filters" />
          <Period name="period" defaultValue="day" form="filters" />
        </>,
      );
      expect(formData("Filters").getAll("period")).toEqual(["day"]);
    });

    it("renders the hidden inputs on the server, so the form posts before hydration", () => {
      const html = renderToString(<Formatting defaultValue={["bold", "underline"]} />);
      expect(html).toContain(
        '<input type="hidden" data-slot="toggle-group-input" name="format" value="bold"/>',
      );
      expect(html).toContain(
        '<input type="hidden" data-slot="toggle-group-input" name="format" value="underline"/>',
      );
      expect(html).not.toContain('value="italic"');
      // Parsed like a browser would before any script runs: the form already has the values.
      document.body.innerHTML = html;
      const form = document.querySelector("form")!;
      expect(new FormData(form).getAll("format")).toEqual(["bold", "underline"]);
      document.body.innerHTML = "";
    });
  });

  it("renders on the server", () => {
    const html = renderToString(<Period defaultValue="week" />);
    expect(html).toContain('role="radiogroup"');
    expect(html).toContain('aria-checked="true"');
  });
});
