import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Command } from "./command";

describe("Command", () => {
  it("renders its content with data-slot and the product's className last", () => {
    render(<Command className="product-class">Content</Command>);
    const element = screen.getByText("Content");
    expect(element).toHaveAttribute("data-slot", "command");
    expect(element.className.split(" ").at(-1)).toBe("product-class");
  });

  // Add: role and accessible name, keyboard (Tab, Enter/Space, Escape, arrows per WAI-ARIA),
  // controlled and uncontrolled use, the disabled state.

  it("renders on the server", () => {
    expect(renderToString(<Command>Content</Command>)).toContain("Content");
  });
});
