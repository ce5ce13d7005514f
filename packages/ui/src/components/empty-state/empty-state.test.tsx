import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  EmptyState,
  EmptyStateActions,
  EmptyStateDescription,
  EmptyStateIcon,
  EmptyStateTitle,
} from "./empty-state";

function Example(props: { level?: 1 | 2 | 3 | 4 | 5 | 6; size?: "sm" | "md" | "lg" }) {
  return (
    <EmptyState size={props.size} className="product-class" data-testid="empty">
      <EmptyStateIcon>★</EmptyStateIcon>
      <EmptyStateTitle level={props.level}>No invoices</EmptyStateTitle>
      <EmptyStateDescription>Create one.</EmptyStateDescription>
      <EmptyStateActions>
        <button type="button">Create</button>
      </EmptyStateActions>
    </EmptyState>
  );
}

describe("EmptyState", () => {
  it("renders a heading, a description and actions; the icon is hidden", () => {
    render(<Example />);
    const root = screen.getByTestId("empty");
    expect(root).toHaveAttribute("data-slot", "empty-state");
    expect(root).toHaveAttribute("data-size", "md");
    expect(root.className.split(" ").at(-1)).toBe("product-class");
    expect(screen.getByRole("heading", { level: 2, name: "No invoices" })).toBeInTheDocument();
    expect(screen.getByText("Create one.").tagName).toBe("P");
    expect(screen.getByRole("button", { name: "Create" })).toBeInTheDocument();
    expect(screen.getByText("★")).toHaveAttribute("aria-hidden", "true");
  });

  it("takes the title's level from the outline and the size from the root", () => {
    render(<Example level={4} size="lg" />);
    expect(screen.getByRole("heading", { level: 4 })).toBeInTheDocument();
    expect(screen.getByTestId("empty")).toHaveClass("nx-empty-state--lg");
  });

  it("says what is wrong with a level outside 1–6", () => {
    expect(() => render(<Example level={0 as 1} />)).toThrow(
      "EmptyStateTitle: level must be 1, 2, 3, 4, 5 or 6; got 0.",
    );
  });

  it("renders on the server", () => {
    expect(renderToString(<Example />)).toContain('data-slot="empty-state-title"');
  });
});
