import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Badge } from "./badge";

describe("Badge", () => {
  it("renders its text as a plain span that screen readers read inline", () => {
    render(<Badge>New</Badge>);
    const badge = screen.getByText("New");
    expect(badge.tagName).toBe("SPAN");
    expect(badge).toHaveAttribute("data-slot", "badge");
    expect(badge).toHaveAttribute("data-variant", "neutral");
  });

  it("renders the class of its variant", () => {
    render(<Badge variant="success">Paid</Badge>);
    const badge = screen.getByText("Paid");
    expect(badge.className.split(" ")).toEqual(["nx-badge", "nx-badge--success"]);
  });

  it("renders a link with asChild and appends the product's className", () => {
    render(
      <Badge asChild className="product-class">
        <a href="/inbox">3 unread</a>
      </Badge>,
    );
    const link = screen.getByRole("link", { name: "3 unread" });
    expect(link.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    expect(renderToString(<Badge variant="warning">Due</Badge>)).toContain(
      'data-variant="warning"',
    );
  });
});
