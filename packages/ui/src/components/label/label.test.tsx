import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Label } from "./label";

describe("Label", () => {
  it("names the control its htmlFor points to, and focuses it when clicked", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Label htmlFor="email">Email</Label>
        <input id="email" />
      </>,
    );
    const label = screen.getByText("Email");
    expect(label.tagName).toBe("LABEL");
    expect(label).toHaveAttribute("data-slot", "label");
    await user.click(label);
    expect(screen.getByRole("textbox", { name: "Email" })).toHaveFocus();
  });

  it("names a control it wraps", () => {
    render(
      <Label>
        Remember me <input type="checkbox" />
      </Label>,
    );
    expect(screen.getByRole("checkbox", { name: "Remember me" })).toBeInTheDocument();
  });

  it("does not select its text on double-click", async () => {
    const user = userEvent.setup();
    render(<Label htmlFor="name">Full name</Label>);
    await user.dblClick(screen.getByText("Full name"));
    expect(window.getSelection()?.toString()).toBe("");
  });

  it("shows the disabled style only when disabled", () => {
    render(
      <>
        <Label disabled>Locked</Label>
        <Label>Open</Label>
      </>,
    );
    expect(screen.getByText("Locked")).toHaveAttribute("data-disabled", "");
    expect(screen.getByText("Open")).not.toHaveAttribute("data-disabled");
  });

  it("is disabled from its own disabled prop, not from a disabled control next to it", () => {
    render(
      <>
        <input id="locked" type="checkbox" disabled />
        <Label htmlFor="locked">Without the prop</Label>
        <Label htmlFor="locked" disabled>
          With the prop
        </Label>
      </>,
    );
    expect(screen.getByText("Without the prop")).not.toHaveAttribute("data-disabled");
    expect(screen.getByText("With the prop")).toHaveAttribute("data-disabled", "");
  });

  it("forwards its ref and appends the product's className after its own", () => {
    const ref = React.createRef<HTMLLabelElement>();
    render(
      <Label ref={ref} className="product-class">
        Email
      </Label>,
    );
    expect(ref.current).toBe(screen.getByText("Email"));
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    expect(renderToString(<Label htmlFor="email">Email</Label>)).toContain('for="email"');
  });
});
