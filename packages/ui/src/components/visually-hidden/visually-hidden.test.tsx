import { render, screen } from "@testing-library/react";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VisuallyHidden } from ".";

describe("VisuallyHidden", () => {
  it("names an icon button with text that stays in the accessibility tree", () => {
    render(
      <button type="button">
        <svg aria-hidden />
        <VisuallyHidden>Delete</VisuallyHidden>
      </button>,
    );
    const text = screen.getByText("Delete");
    expect(screen.getByRole("button", { name: "Delete" })).toContainElement(text);
    expect(text.tagName).toBe("SPAN");
    expect(text).toHaveClass("nx-visually-hidden");
    expect(text).not.toHaveClass("nx-visually-hidden--focusable");
  });

  it("hides its child element with asChild and shows it on focus with focusable", () => {
    render(
      <VisuallyHidden asChild focusable>
        <a href="#main">Skip to content</a>
      </VisuallyHidden>,
    );
    const link = screen.getByRole("link", { name: "Skip to content" });
    expect(link).toHaveClass("nx-visually-hidden", "nx-visually-hidden--focusable");
    expect(link).toHaveAttribute("data-slot", "visually-hidden");
  });

  it("forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLSpanElement>();
    render(
      <VisuallyHidden ref={ref} className="product-class">
        Hidden
      </VisuallyHidden>,
    );
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    expect(renderToString(<VisuallyHidden>Only for screen readers</VisuallyHidden>)).toBe(
      '<span data-slot="visually-hidden" class="nx-visually-hidden">Only for screen readers</span>',
    );
  });
});
