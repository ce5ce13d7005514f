import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Spinner } from "./spinner";

describe("Spinner", () => {
  it("is a status region that says Loading, the ring hidden", () => {
    render(<Spinner className="product-class" />);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Loading");
    expect(status).toHaveAttribute("data-slot", "spinner");
    expect(status).toHaveAttribute("data-size", "md");
    expect(status.className.split(" ").at(-1)).toBe("product-class");
    expect(status.querySelector('[aria-hidden="true"]')).not.toBeNull();
  });

  it("hides the label visually by default and shows it with showLabel", () => {
    const { rerender } = render(<Spinner label="Loading invoices" />);
    expect(screen.getByText("Loading invoices")).toHaveClass("nx-spinner__label--hidden");
    rerender(<Spinner label="Loading invoices" showLabel />);
    expect(screen.getByText("Loading invoices")).toHaveClass("nx-spinner__label");
  });

  it("renders the class of its size", () => {
    render(<Spinner size="xl" />);
    expect(screen.getByRole("status")).toHaveClass("nx-spinner--xl");
  });

  it("renders on the server", () => {
    expect(renderToString(<Spinner />)).toContain('role="status"');
  });
});
