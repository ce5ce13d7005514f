import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Label } from "../label";
import { Input } from "./input";

describe("Input", () => {
  it("renders a textbox named by its Label", () => {
    render(
      <>
        <Label htmlFor="email">Email</Label>
        <Input id="email" type="email" />
      </>,
    );
    const input = screen.getByRole("textbox", { name: "Email" });
    expect(input).toHaveAttribute("type", "email");
    expect(input).toHaveAttribute("data-slot", "input");
    expect(input).toHaveAttribute("data-size", "md");
  });

  it("keeps what the user types when uncontrolled", async () => {
    const user = userEvent.setup();
    render(<Input aria-label="City" defaultValue="Ber" />);
    await user.type(screen.getByRole("textbox", { name: "City" }), "lin");
    expect(screen.getByRole("textbox")).toHaveValue("Berlin");
  });

  it("reports every keystroke and shows the value it is given when controlled", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    function Controlled() {
      const [value, setValue] = React.useState("");
      return (
        <Input
          aria-label="Name"
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
            setValue(event.target.value.toUpperCase());
          }}
        />
      );
    }
    render(<Controlled />);
    await user.type(screen.getByRole("textbox", { name: "Name" }), "ada");
    expect(onChange).toHaveBeenLastCalledWith("ADa");
    expect(screen.getByRole("textbox")).toHaveValue("ADA");
  });

  it("is reached with Tab and left with Tab", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Input aria-label="First" />
        <Input aria-label="Second" />
      </>,
    );
    await user.tab();
    expect(screen.getByRole("textbox", { name: "First" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Second" })).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it("is skipped by Tab and takes no typing when disabled", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Input aria-label="Locked" disabled defaultValue="fixed" />
        <Input aria-label="Open" />
      </>,
    );
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Open" })).toHaveFocus();
    const locked = screen.getByRole("textbox", { name: "Locked" });
    expect(locked).toBeDisabled();
    await user.type(locked, "x");
    expect(locked).toHaveValue("fixed");
  });

  it("exposes aria-invalid and carries the destructive border for it", () => {
    render(<Input aria-label="Email" aria-invalid />);
    const input = screen.getByRole("textbox", { name: "Email" });
    expect(input).toBeInvalid();
    // input.css draws the destructive border on .nx-input[aria-invalid="true"].
    expect(input).toHaveClass("nx-input");
    expect(input).toHaveAttribute("aria-invalid", "true");
  });

  it("works as a password and a file input", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Label htmlFor="password">Password</Label>
        <Input id="password" type="password" />
        <Label htmlFor="avatar">Avatar</Label>
        <Input id="avatar" type="file" accept="image/png" />
      </>,
    );
    const password = screen.getByLabelText("Password");
    await user.type(password, "s3cret");
    expect(password).toHaveValue("s3cret");
    expect(screen.queryByRole("textbox")).toBeNull();

    const file = new File(["png"], "me.png", { type: "image/png" });
    const avatar = screen.getByLabelText<HTMLInputElement>("Avatar");
    await user.upload(avatar, file);
    expect(avatar.files?.[0]).toBe(file);
  });

  it("applies the size variant", () => {
    render(<Input aria-label="Search" size="lg" />);
    const input = screen.getByRole("textbox");
    expect(input).toHaveAttribute("data-size", "lg");
    expect(input.className.split(" ")).toEqual([
      "nx-input",
      "nx-field-box",
      "nx-focus-ring",
      "nx-input--lg",
      "nx-field-box--lg",
    ]);
  });

  it("forwards its ref and appends the product's className after its own", () => {
    const ref = React.createRef<HTMLInputElement>();
    render(<Input ref={ref} aria-label="Email" className="product-class" />);
    expect(ref.current).toBe(screen.getByRole("textbox"));
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("styles its child with asChild", () => {
    render(
      <Input asChild>
        <input aria-label="Amount" inputMode="decimal" />
      </Input>,
    );
    const input = screen.getByRole("textbox", { name: "Amount" });
    expect(input).toHaveAttribute("data-slot", "input");
    expect(input).toHaveAttribute("inputmode", "decimal");
    expect(input).toHaveClass("nx-input", "nx-input--md");
  });

  it("renders on the server", () => {
    const html = renderToString(<Input aria-label="Email" type="email" aria-invalid />);
    expect(html).toContain('type="email"');
    expect(html).toContain('aria-invalid="true"');
  });
});
