import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AppShell } from "./app-shell";

describe("AppShell", () => {
  it("renders its content with data-slot and the product's className last", () => {
    render(<AppShell className="product-class">Content</AppShell>);
    const element = screen.getByText("Content");
    expect(element).toHaveAttribute("data-slot", "app-shell");
    expect(element.className.split(" ").at(-1)).toBe("product-class");
  });

  // Add: role and accessible name, keyboard (Tab, Enter/Space, Escape, arrows per WAI-ARIA),
  // controlled and uncontrolled use, the disabled state.

  it("renders on the server", () => {
    expect(renderToString(<AppShell>Content</AppShell>)).toContain("Content");
  });
});
