import { StarIcon } from "@nexod/icons";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Toggle } from "./toggle";

describe("Toggle", () => {
  it("is a button with aria-pressed that flips on click, Enter and Space", async () => {
    const user = userEvent.setup();
    const onPressedChange = vi.fn();
    render(<Toggle onPressedChange={onPressedChange}>Show grid</Toggle>);
    const toggle = screen.getByRole("button", { name: "Show grid" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(toggle).toHaveAttribute("type", "button");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(toggle).toHaveAttribute("data-state", "on");
    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.keyboard(" ");
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(onPressedChange.mock.calls).toEqual([[true], [false], [true]]);
  });

  it("starts from defaultPressed", () => {
    render(<Toggle defaultPressed>Show grid</Toggle>);
    expect(screen.getByRole("button", { pressed: true })).toBeInTheDocument();
  });

  it("shows only the state it is given when controlled", async () => {
    const user = userEvent.setup();
    const onPressedChange = vi.fn();
    const { rerender } = render(
      <Toggle pressed={false} onPressedChange={onPressedChange}>
        Bold
      </Toggle>,
    );
    const toggle = screen.getByRole("button", { name: "Bold" });
    await user.click(toggle);
    expect(onPressedChange).toHaveBeenCalledWith(true);
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    rerender(
      <Toggle pressed onPressedChange={onPressedChange}>
        Bold
      </Toggle>,
    );
    expect(toggle).toHaveAttribute("aria-pressed", "true");
  });

  it("is skipped by Tab and not pressable when disabled", async () => {
    const user = userEvent.setup();
    const onPressedChange = vi.fn();
    render(
      <>
        <Toggle disabled onPressedChange={onPressedChange}>
          Locked
        </Toggle>
        <Toggle>Open</Toggle>
      </>,
    );
    await user.tab();
    expect(screen.getByRole("button", { name: "Open" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Locked" }));
    expect(onPressedChange).not.toHaveBeenCalled();
  });

  it("names an icon-only toggle by its aria-label and hides the icon", () => {
    render(
      <Toggle iconOnly aria-label="Favourite">
        <StarIcon />
      </Toggle>,
    );
    const toggle = screen.getByRole("button", { name: "Favourite" });
    expect(toggle).toHaveClass("nx-toggle--icon-only");
    expect(toggle.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });

  it("throws when an icon-only toggle has no name", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(
        <Toggle iconOnly>
          <StarIcon />
        </Toggle>,
      ),
    ).toThrow('Toggle: an iconOnly toggle needs an aria-label (for example aria-label="Bold")');
    spy.mockRestore();
  });

  it("applies variant and size, forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLButtonElement>();
    render(
      <Toggle ref={ref} variant="outline" size="lg" className="product-class">
        Grid
      </Toggle>,
    );
    expect(ref.current).toBe(screen.getByRole("button", { name: "Grid" }));
    expect(ref.current).toHaveAttribute("data-slot", "toggle");
    expect(ref.current).toHaveAttribute("data-variant", "outline");
    expect(ref.current).toHaveAttribute("data-size", "lg");
    expect(ref.current).toHaveClass("nx-toggle", "nx-toggle--outline", "nx-toggle--lg");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    const html = renderToString(<Toggle defaultPressed>Bold</Toggle>);
    expect(html).toContain('aria-pressed="true"');
  });
});
