import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Skeleton, SkeletonCard, SkeletonTable, SkeletonText } from "./skeleton";

describe("Skeleton", () => {
  it("is hidden from assistive technology while the region says it is busy", () => {
    render(
      <section aria-label="Profile" aria-busy="true">
        <Skeleton data-testid="placeholder" className="product-class" />
      </section>,
    );
    expect(screen.getByRole("region", { name: "Profile" })).toHaveAttribute("aria-busy", "true");
    const placeholder = screen.getByTestId("placeholder");
    expect(placeholder).toHaveAttribute("aria-hidden", "true");
    expect(placeholder.className.split(" ").at(-1)).toBe("product-class");
  });

  it("is never focusable", () => {
    render(<Skeleton data-testid="placeholder" />);
    expect(screen.getByTestId("placeholder")).not.toHaveAttribute("tabindex");
  });

  it("draws a rect by default and a circle in an avatar size", () => {
    const { rerender } = render(<Skeleton data-testid="placeholder" />);
    expect(screen.getByTestId("placeholder")).toHaveAttribute("data-shape", "rect");
    rerender(<Skeleton data-testid="placeholder" shape="circle" size="lg" />);
    expect(screen.getByTestId("placeholder")).toHaveClass("nx-skeleton--circle", "nx-skeleton--lg");
  });

  it("draws n text lines, the last one shorter", () => {
    render(<SkeletonText data-testid="text" lines={4} />);
    const lines = screen.getByTestId("text").querySelectorAll('[data-slot="skeleton"]');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toHaveClass("nx-skeleton-text__last");
    expect(lines[2]).not.toHaveClass("nx-skeleton-text__last");
  });

  it("draws a card with or without media", () => {
    const { rerender } = render(<SkeletonCard data-testid="card" />);
    expect(screen.getByTestId("card").querySelector(".nx-skeleton-card__media")).toBeNull();
    rerender(<SkeletonCard data-testid="card" showMedia />);
    expect(screen.getByTestId("card").querySelector(".nx-skeleton-card__media")).not.toBeNull();
    expect(screen.getByTestId("card")).toHaveAttribute("aria-hidden", "true");
  });

  it("draws a header row and rows × columns cells", () => {
    render(<SkeletonTable data-testid="table" rows={3} columns={5} />);
    const table = screen.getByTestId("table");
    expect(table.querySelectorAll(".nx-skeleton-table__row")).toHaveLength(3);
    expect(table.querySelectorAll('[data-slot="skeleton"]')).toHaveLength(20);
    expect(table.style.getPropertyValue("--nx-skeleton-columns")).toBe("5");
  });

  it.each([
    [() => <SkeletonText lines={0} />, "SkeletonText: lines must be a whole number from 1; got 0."],
    [
      () => <SkeletonTable rows={2.5} />,
      "SkeletonTable: rows must be a whole number from 1; got 2.5.",
    ],
  ])("says what is wrong with a count", (Example, message) => {
    expect(() => render(<Example />)).toThrow(message);
  });

  it("renders on the server", () => {
    expect(renderToString(<Skeleton />)).toContain('data-slot="skeleton"');
    expect(renderToString(<SkeletonTable />)).toContain('data-slot="skeleton-table"');
  });
});
