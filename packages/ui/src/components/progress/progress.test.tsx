import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Progress } from "./progress";

describe("Progress", () => {
  it("renders its content with data-slot and the product's className last", () => {
    render(<Progress className="product-class">Content</Progress>);
    const element = screen.getByText("Content");
    expect(element).toHaveAttribute("data-slot", "progress");
    expect(element.className.split(" ").at(-1)).toBe("product-class");
  });

  // Add: role and accessible name, keyboard (Tab, Enter/Space, Escape, arrows per WAI-ARIA),
  // controlled and uncontrolled use, the disabled state.

  it("renders on the server", () => {
    expect(renderToString(<Progress>Content</Progress>)).toContain("Content");
  });
});
