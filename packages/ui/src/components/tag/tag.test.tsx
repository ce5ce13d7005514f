import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Tag } from "./tag";

describe("Tag", () => {
  it("renders its content with data-slot and the product's className last", () => {
    render(<Tag className="product-class">Content</Tag>);
    const element = screen.getByText("Content");
    expect(element).toHaveAttribute("data-slot", "tag");
    expect(element.className.split(" ").at(-1)).toBe("product-class");
  });

  // Add: role and accessible name, keyboard (Tab, Enter/Space, Escape, arrows per WAI-ARIA),
  // controlled and uncontrolled use, the disabled state.

  it("renders on the server", () => {
    expect(renderToString(<Tag>Content</Tag>)).toContain("Content");
  });
});
