import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
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
  it("renders an unchecked checkbox named by its Label", () => {
    render(<LabelledCheckbox label="Accept terms" />);
    const checkbox = screen.getByRole("checkbox", { name: "Accept terms" });
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAttribute("aria-checked", "false");
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

  it('announces "indeterminate" as mixed with a minus sign, and checks on click', async () => {
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
    const icons = checkbox.querySelectorAll("svg");
    expect(icons).toHaveLength(2);
    icons.forEach((icon) => expect(icon).toHaveAttribute("aria-hidden", "true"));
    await user.click(checkbox);
    expect(onCheckedChange).toHaveBeenCalledWith(true);
    expect(checkbox).toHaveAttribute("aria-checked", "true");
  });

  it("shows no icon when unchecked", () => {
    render(<LabelledCheckbox label="Subscribe" />);
    expect(screen.getByRole("checkbox").querySelector("svg")).toBeNull();
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
    await user.click(screen.getByRole("checkbox", { name: "Newsletter" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(submitted?.get("newsletter")).toBe("yes");
  });

  it("applies the size variant, forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLButtonElement>();
    render(<Checkbox ref={ref} aria-label="Small" size="sm" className="product-class" />);
    expect(ref.current).toBe(screen.getByRole("checkbox", { name: "Small" }));
    expect(ref.current).toHaveAttribute("data-size", "sm");
    expect(ref.current).toHaveClass("nx-checkbox", "nx-checkbox--sm");
    expect(ref.current).not.toHaveClass("nx-checkbox--md");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server, indeterminate included", () => {
    const html = renderToString(<Checkbox aria-label="Select all" checked="indeterminate" />);
    expect(html).toContain('role="checkbox"');
    expect(html).toContain('aria-checked="mixed"');
  });
});
