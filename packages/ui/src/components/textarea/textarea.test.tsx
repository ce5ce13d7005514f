import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Label } from "../label";
import { Textarea } from "./textarea";

describe("Textarea", () => {
  it("renders a multi-line textbox named by its Label", () => {
    render(
      <>
        <Label htmlFor="bio">Bio</Label>
        <Textarea id="bio" />
      </>,
    );
    const textarea = screen.getByRole("textbox", { name: "Bio" });
    expect(textarea.tagName).toBe("TEXTAREA");
    expect(textarea).toHaveAttribute("data-slot", "textarea");
  });

  it("keeps line breaks the user types when uncontrolled", async () => {
    const user = userEvent.setup();
    render(<Textarea aria-label="Notes" defaultValue="Line 1" />);
    await user.type(screen.getByRole("textbox", { name: "Notes" }), "{Enter}Line 2");
    expect(screen.getByRole("textbox")).toHaveValue("Line 1\nLine 2");
  });

  it("reports changes when controlled", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    function Controlled() {
      const [value, setValue] = React.useState("");
      return (
        <Textarea
          aria-label="Message"
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
            setValue(event.target.value);
          }}
        />
      );
    }
    render(<Controlled />);
    await user.type(screen.getByRole("textbox", { name: "Message" }), "Hi");
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(screen.getByRole("textbox")).toHaveValue("Hi");
  });

  it("is reached and left with Tab, and skipped when disabled", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Textarea aria-label="Locked" disabled />
        <Textarea aria-label="Open" />
      </>,
    );
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Open" })).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
    const locked = screen.getByRole("textbox", { name: "Locked" });
    await user.type(locked, "x");
    expect(locked).toHaveValue("");
  });

  it("exposes aria-invalid", () => {
    render(<Textarea aria-label="Bio" aria-invalid />);
    expect(screen.getByRole("textbox", { name: "Bio" })).toBeInvalid();
  });

  it("grows with its content only when autoResize is set", () => {
    render(
      <>
        <Textarea aria-label="Fixed" />
        <Textarea aria-label="Growing" autoResize />
      </>,
    );
    expect(screen.getByRole("textbox", { name: "Fixed" })).not.toHaveClass(
      "nx-textarea--auto-resize",
    );
    expect(screen.getByRole("textbox", { name: "Growing" })).toHaveClass(
      "nx-textarea--auto-resize",
    );
  });

  it("applies the size variant, forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLTextAreaElement>();
    render(<Textarea ref={ref} aria-label="Bio" size="sm" className="product-class" />);
    expect(ref.current).toBe(screen.getByRole("textbox"));
    expect(ref.current).toHaveAttribute("data-size", "sm");
    expect(ref.current).toHaveClass("nx-textarea", "nx-textarea--sm");
    expect(ref.current).not.toHaveClass("nx-textarea--md");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    expect(renderToString(<Textarea aria-label="Bio" defaultValue="Hello" />)).toContain(
      ">Hello</textarea>",
    );
  });
});
