import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ToggleGroup } from "./toggle-group";

describe("ToggleGroup", () => {
  it("renders its content with data-slot and the product's className last", () => {
    render(<ToggleGroup className="product-class">Content</ToggleGroup>);
    const element = screen.getByText("Content");
    expect(element).toHaveAttribute("data-slot", "toggle-group");
    expect(element.className.split(" ").at(-1)).toBe("product-class");
  });

  // Add: role and accessible name, keyboard (Tab, Enter/Space, Escape, arrows per WAI-ARIA),
  // controlled and uncontrolled use, the disabled state.

  it("renders on the server", () => {
    expect(renderToString(<ToggleGroup>Content</ToggleGroup>)).toContain("Content");
  });
});
