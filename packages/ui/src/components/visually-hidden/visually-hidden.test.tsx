import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VisuallyHidden } from "./visually-hidden";

describe("VisuallyHidden", () => {
  it("renders its content with data-slot and the product's className last", () => {
    render(<VisuallyHidden className="product-class">Content</VisuallyHidden>);
    const element = screen.getByText("Content");
    expect(element).toHaveAttribute("data-slot", "visually-hidden");
    expect(element.className.split(" ").at(-1)).toBe("product-class");
  });

  // Add: role and accessible name, keyboard (Tab, Enter/Space, Escape, arrows per WAI-ARIA),
  // controlled and uncontrolled use, the disabled state.

  it("renders on the server", () => {
    expect(renderToString(<VisuallyHidden>Content</VisuallyHidden>)).toContain("Content");
  });
});
