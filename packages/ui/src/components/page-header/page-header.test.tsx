import { render, screen } from "@testing-library/react";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { PageHeader } from "./page-header";

describe("PageHeader", () => {
  it("renders the title as an h1 with its description, breadcrumb and actions", () => {
    render(
      <PageHeader
        title="Invoices"
        description="Every invoice sent this year."
        breadcrumb={<nav aria-label="Breadcrumb">Home</nav>}
        actions={<button type="button">New invoice</button>}
      />,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Invoices" })).toBeInTheDocument();
    expect(screen.getByText("Every invoice sent this year.")).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Breadcrumb" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New invoice" })).toBeInTheDocument();
  });

  it("renders another heading level with level", () => {
    render(<PageHeader title="Billing" level={2} />);
    expect(screen.getByRole("heading", { level: 2, name: "Billing" })).toBeInTheDocument();
  });

  it("leaves out the parts it is not given", () => {
    const { container } = render(<PageHeader title="Billing" />);
    expect(container.querySelector('[data-slot="page-header-actions"]')).toBeNull();
    expect(container.querySelector('[data-slot="page-header-description"]')).toBeNull();
    expect(container.querySelector('[data-slot="page-header-breadcrumb"]')).toBeNull();
  });

  it("throws a clear error for a level that is not a heading level", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<PageHeader title="Billing" level={7 as 1} />)).toThrow(
      /level=\{7\} is not a heading level; use 1 to 6/,
    );
  });

  it("forwards its ref and appends the product's className last", () => {
    const ref = React.createRef<HTMLDivElement>();
    const { container } = render(
      <PageHeader ref={ref} title="Billing" className="product-class" />,
    );
    expect(ref.current).toBe(container.firstChild);
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    expect(renderToString(<PageHeader title="Billing" />)).toContain("<h1");
  });
});
