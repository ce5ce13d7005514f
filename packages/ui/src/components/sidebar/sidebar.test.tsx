import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Sidebar } from "./sidebar";

describe("Sidebar", () => {
  it("renders its content with data-slot and the product's className last", () => {
    render(<Sidebar className="product-class">Content</Sidebar>);
    const element = screen.getByText("Content");
    expect(element).toHaveAttribute("data-slot", "sidebar");
    expect(element.className.split(" ").at(-1)).toBe("product-class");
  });

  // Add: role and accessible name, keyboard (Tab, Enter/Space, Escape, arrows per WAI-ARIA),
  // controlled and uncontrolled use, the disabled state.

  it("renders on the server", () => {
    expect(renderToString(<Sidebar>Content</Sidebar>)).toContain("Content");
  });
});
