import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Toggle } from "./toggle";

describe("Toggle", () => {
  it("renders its content with data-slot and the product's className last", () => {
    render(<Toggle className="product-class">Content</Toggle>);
    const element = screen.getByText("Content");
    expect(element).toHaveAttribute("data-slot", "toggle");
    expect(element.className.split(" ").at(-1)).toBe("product-class");
  });

  // Add: role and accessible name, keyboard (Tab, Enter/Space, Escape, arrows per WAI-ARIA),
  // controlled and uncontrolled use, the disabled state.

  it("renders on the server", () => {
    expect(renderToString(<Toggle>Content</Toggle>)).toContain("Content");
  });
});
