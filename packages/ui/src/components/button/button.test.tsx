import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { Button } from "./button";

describe("Button", () => {
  it("renders a button named by its content, type=button by default", () => {
    render(<Button>Save</Button>);
    const button = screen.getByRole("button", { name: "Save" });
    expect(button).toHaveAttribute("type", "button");
    expect(button).toHaveAttribute("data-slot", "button");
  });

  it("activates with a click, Enter and Space", async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Save</Button>);
    await user.click(screen.getByRole("button"));
    await user.tab();
    await user.tab({ shift: true });
    expect(screen.getByRole("button")).toHaveFocus();
    await user.keyboard("{Enter}");
    await user.keyboard(" ");
    expect(onClick).toHaveBeenCalledTimes(3);
  });

  it("is skipped by Tab and ignores clicks when disabled", async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <>
        <Button disabled onClick={onClick}>
          Save
        </Button>
        <Button>Next</Button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole("button", { name: "Next" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onClick).not.toHaveBeenCalled();
  });

  it("while loading: aria-busy, still focusable, clicks ignored, label kept for width", async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <Button loading onClick={onClick}>
        Save
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Save" });
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.tab();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.keyboard("{Enter}");
    expect(onClick).not.toHaveBeenCalled();
    expect(button.querySelector('[data-slot="button-spinner"]')).toHaveAttribute(
      "aria-hidden",
      "true",
    );
  });

  it("renders its child with asChild, keeping the child's role", () => {
    render(
      <Button asChild variant="outline">
        <a href="/settings">Settings</a>
      </Button>,
    );
    const link = screen.getByRole("link", { name: "Settings" });
    expect(link).toHaveAttribute("data-slot", "button");
    expect(link).not.toHaveAttribute("type");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("forwards its ref and appends the product's className after its own", () => {
    const ref = React.createRef<HTMLButtonElement>();
    render(
      <Button ref={ref} className="product-class">
        Save
      </Button>,
    );
    expect(ref.current).toBe(screen.getByRole("button"));
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("applies variant and size classes", () => {
    render(
      <Button variant="destructive" size="lg">
        Delete
      </Button>,
    );
    const classes = screen.getByRole("button").className.split(" ");
    expect(classes).toEqual([
      "nx-button",
      "nx-focus-ring",
      "nx-hover-tint",
      "nx-button--destructive",
      "nx-button--lg",
    ]);
  });

  it("gives the link variant no size classes", () => {
    render(
      <>
        <Button variant="outline">Outline</Button>
        <Button variant="link" size="lg">
          Link
        </Button>
      </>,
    );
    const outline = screen.getByRole("button", { name: "Outline" }).className.split(" ");
    expect(outline).toContain("nx-button--outline");
    const link = screen.getByRole("button", { name: "Link" }).className.split(" ");
    expect(link).toEqual(["nx-button", "nx-focus-ring", "nx-hover-tint", "nx-button--link"]);
  });

  it("as a Field's control, is named by the label and its own text, and carries the error", () => {
    render(
      <Field label="Due date" error="Pick a date after today">
        <Button variant="outline">3 March 2026</Button>
      </Field>,
    );
    const button = screen.getByRole("button", { name: "Due date 3 March 2026" });
    expect(button).toHaveAttribute("aria-invalid", "true");
    expect(button).toHaveAccessibleDescription("Pick a date after today");
  });

  it("keeps an aria-labelledby that is not a Field's", () => {
    render(
      <>
        <h2 id="section">Billing</h2>
        <Button id="edit" aria-labelledby="section">
          Edit
        </Button>
      </>,
    );
    expect(screen.getByRole("button", { name: "Billing" })).toBeInTheDocument();
  });

  it("renders on the server", () => {
    expect(renderToString(<Button loading>Save</Button>)).toContain('aria-busy="true"');
  });
});
