import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { Label } from "../label";
import { Checkbox, type CheckboxProps } from "./checkbox";

function LabelledCheckbox({ label, ...props }: CheckboxProps & { label: string }) {
  const id = React.useId();
  return (
    <div>
      <Checkbox id={id} {...props} />
      <Label htmlFor={id}>{label}</Label>
    </div>
  );
}

describe("Checkbox", () => {
  it("renders an unchecked native checkbox named by its Label", () => {
    render(<LabelledCheckbox label="Accept terms" />);
    const checkbox = screen.getByRole("checkbox", { name: "Accept terms" });
    expect(checkbox).toBeInstanceOf(HTMLInputElement);
    expect(checkbox).toHaveAttribute("type", "checkbox");
    expect(checkbox).not.toBeChecked();
    // The native state speaks for itself: no aria-checked that could go stale before hydration.
    expect(checkbox).not.toHaveAttribute("aria-checked");
    expect(checkbox).toHaveAttribute("data-state", "unchecked");
    expect(checkbox).toHaveAttribute("data-slot", "checkbox");
  });

  it("toggles with Space, a click and a click on its label (uncontrolled)", async () => {
    const user = userEvent.setup();
    render(<LabelledCheckbox label="Subscribe" />);
    const checkbox = screen.getByRole("checkbox", { name: "Subscribe" });
    await user.tab();
    expect(checkbox).toHaveFocus();
    await user.keyboard(" ");
    expect(checkbox).toBeChecked();
    await user.click(checkbox);
    expect(checkbox).not.toBeChecked();
    await user.click(screen.getByText("Subscribe"));
    expect(checkbox).toBeChecked();
  });

  it("does not toggle with Enter, as the WAI-ARIA checkbox pattern says", async () => {
    const user = userEvent.setup();
    render(<LabelledCheckbox label="Subscribe" />);
    await user.tab();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("checkbox")).not.toBeChecked();
  });

  it("starts from defaultChecked", () => {
    render(<LabelledCheckbox label="Subscribe" defaultChecked />);
    expect(screen.getByRole("checkbox", { name: "Subscribe" })).toBeChecked();
  });

  it("reports changes and shows only the checked state it is given when controlled", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    const { rerender } = render(
      <LabelledCheckbox label="Subscribe" checked={false} onCheckedChange={onCheckedChange} />,
    );
    const checkbox = screen.getByRole("checkbox", { name: "Subscribe" });
    await user.click(checkbox);
    expect(onCheckedChange).toHaveBeenCalledWith(true);
    expect(checkbox).not.toBeChecked();
    rerender(<LabelledCheckbox label="Subscribe" checked onCheckedChange={onCheckedChange} />);
    expect(checkbox).toBeChecked();
  });

  it('announces "indeterminate" as mixed, and checks on click', async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(
      <LabelledCheckbox
        label="Select all"
        defaultChecked="indeterminate"
        onCheckedChange={onCheckedChange}
      />,
    );
    const checkbox = screen.getByRole("checkbox", { name: "Select all" });
    expect(checkbox).toHaveAttribute("aria-checked", "mixed");
    expect(checkbox).toHaveAttribute("data-state", "indeterminate");
    expect(checkbox).toBePartiallyChecked();
    expect((checkbox as HTMLInputElement).indeterminate).toBe(true);
    await user.click(checkbox);
    expect(onCheckedChange).toHaveBeenCalledWith(true);
    expect(checkbox).toBeChecked();
    expect(checkbox).not.toHaveAttribute("aria-checked");
    expect(checkbox).toHaveAttribute("data-state", "checked");
    expect((checkbox as HTMLInputElement).indeterminate).toBe(false);
  });

  it("stays mixed when controlled and the product keeps it so", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(
      <LabelledCheckbox
        label="Select all"
        checked="indeterminate"
        onCheckedChange={onCheckedChange}
      />,
    );
    const checkbox = screen.getByRole<HTMLInputElement>("checkbox", { name: "Select all" });
    await user.click(checkbox);
    expect(onCheckedChange).toHaveBeenCalledWith(true);
    expect(checkbox.indeterminate).toBe(true);
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAttribute("aria-checked", "mixed");
  });

  it("goes from mixed to checked and back to unchecked when controlled", () => {
    const { rerender } = render(<LabelledCheckbox label="All" checked="indeterminate" />);
    const checkbox = screen.getByRole<HTMLInputElement>("checkbox", { name: "All" });
    rerender(<LabelledCheckbox label="All" checked />);
    expect(checkbox.indeterminate).toBe(false);
    expect(checkbox).toBeChecked();
    rerender(<LabelledCheckbox label="All" checked={false} />);
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAttribute("data-state", "unchecked");
    rerender(<LabelledCheckbox label="All" checked="indeterminate" />);
    expect(checkbox.indeterminate).toBe(true);
  });

  it("is skipped by Tab and does not toggle when disabled", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(
      <>
        <LabelledCheckbox label="Locked" disabled onCheckedChange={onCheckedChange} />
        <LabelledCheckbox label="Open" />
      </>,
    );
    await user.tab();
    expect(screen.getByRole("checkbox", { name: "Open" })).toHaveFocus();
    const locked = screen.getByRole("checkbox", { name: "Locked" });
    expect(locked).toBeDisabled();
    await user.click(locked);
    fireEvent.click(screen.getByText("Locked"));
    expect(onCheckedChange).not.toHaveBeenCalled();
    expect(locked).not.toBeChecked();
  });

  it("is left with Tab", async () => {
    const user = userEvent.setup();
    render(
      <>
        <LabelledCheckbox label="One" />
        <LabelledCheckbox label="Two" />
      </>,
    );
    await user.tab();
    await user.tab();
    expect(screen.getByRole("checkbox", { name: "Two" })).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it("submits its value with a form when checked", async () => {
    const user = userEvent.setup();
    let submitted: FormData | undefined;
    render(
      <form
        aria-label="Preferences"
        onSubmit={(event) => {
          event.preventDefault();
          submitted = new FormData(event.currentTarget);
        }}
      >
        <LabelledCheckbox label="Newsletter" name="newsletter" value="yes" />
        <button type="submit">Save</button>
      </form>,
    );
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(submitted?.has("newsletter")).toBe(false);
    await user.click(screen.getByRole("checkbox", { name: "Newsletter" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(submitted?.get("newsletter")).toBe("yes");
  });

  it('submits "on" by default, and is the form control itself (no hidden copy)', () => {
    render(
      <form aria-label="Terms">
        <LabelledCheckbox label="Terms" name="terms" defaultChecked />
      </form>,
    );
    const form = screen.getByRole<HTMLFormElement>("form", { name: "Terms" });
    expect([...new FormData(form).entries()]).toEqual([["terms", "on"]]);
    expect(form.elements).toHaveLength(1);
    expect(form.elements[0]).toBe(screen.getByRole("checkbox", { name: "Terms" }));
  });

  it("is required natively: the form is invalid until it is checked", async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="Sign up">
        <LabelledCheckbox label="I accept the terms" name="terms" required />
      </form>,
    );
    const form = screen.getByRole<HTMLFormElement>("form", { name: "Sign up" });
    const checkbox = screen.getByRole("checkbox", { name: "I accept the terms" });
    expect(checkbox).toBeRequired();
    expect(form.checkValidity()).toBe(false);
    await user.click(checkbox);
    expect(form.checkValidity()).toBe(true);
  });

  it("goes back to its first state when its form is reset", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(
      <form aria-label="Filters">
        <LabelledCheckbox label="Archived" defaultChecked onCheckedChange={onCheckedChange} />
        <LabelledCheckbox label="All" defaultChecked="indeterminate" />
        <button type="reset">Reset</button>
      </form>,
    );
    const archived = screen.getByRole("checkbox", { name: "Archived" });
    const all = screen.getByRole("checkbox", { name: "All" });
    await user.click(archived);
    await user.click(all);
    expect(archived).not.toBeChecked();
    expect(all).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(archived).toBeChecked();
    expect(archived).toHaveAttribute("data-state", "checked");
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
    expect(all).toHaveAttribute("aria-checked", "mixed");
    expect(all).not.toBeChecked();
  });

  it("takes over a state the user set before hydration", () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(<Checkbox aria-label="Remember me" name="remember" />);
    document.body.append(container);
    const input = container.querySelector("input")!;
    input.click(); // ticked by the browser, before React is there
    expect(input.checked).toBe(true);
    const onCheckedChange = vi.fn();
    act(() => {
      hydrateRoot(
        container,
        <Checkbox aria-label="Remember me" name="remember" onCheckedChange={onCheckedChange} />,
      );
    });
    expect(input.checked).toBe(true);
    expect(input).toHaveAttribute("data-state", "checked");
    expect(onCheckedChange).toHaveBeenCalledWith(true);
    container.remove();
  });

  it("applies the size variant, forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLInputElement>();
    render(<Checkbox ref={ref} aria-label="Small" size="sm" className="product-class" />);
    expect(ref.current).toBeInstanceOf(HTMLInputElement);
    expect(ref.current).toBe(screen.getByRole("checkbox", { name: "Small" }));
    expect(ref.current).toHaveAttribute("data-size", "sm");
    expect(ref.current).toHaveClass("nx-checkbox", "nx-checkbox--sm");
    expect(ref.current).not.toHaveClass("nx-checkbox--md");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("takes a Field's id, label, description and invalid state on the input itself", async () => {
    const user = userEvent.setup();
    render(
      <Field orientation="horizontal" label="Accept the terms" error="Accept them to continue.">
        <Checkbox name="terms" />
      </Field>,
    );
    const checkbox = screen.getByRole("checkbox", { name: "Accept the terms" });
    expect(checkbox.tagName).toBe("INPUT");
    expect(checkbox).toHaveAttribute("aria-invalid", "true");
    expect(checkbox).toHaveAccessibleDescription("Accept them to continue.");
    expect(document.querySelector(`label[for="${checkbox.id}"]`)).toHaveTextContent(
      "Accept the terms",
    );
    await user.click(screen.getByText("Accept the terms"));
    expect(checkbox).toBeChecked();
  });

  it("renders a native checkbox on the server, checked and indeterminate included", () => {
    expect(renderToString(<Checkbox aria-label="Terms" defaultChecked />)).toMatch(
      /^<input type="checkbox"[^>]* checked=""/,
    );
    const html = renderToString(<Checkbox aria-label="Select all" checked="indeterminate" />);
    expect(html).toMatch(/^<input type="checkbox"/);
    expect(html).not.toContain('checked=""');
    expect(html).toContain('aria-checked="mixed"');
    expect(html).toContain('data-state="indeterminate"');
  });
});
