import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "./card";

function Example({ level }: { level?: 2 | 3 }) {
  return (
    <Card aria-labelledby="plan-title" role="region" className="product-class">
      <CardHeader>
        <CardTitle id="plan-title" level={level}>
          Team plan
        </CardTitle>
        <CardDescription>Billed yearly.</CardDescription>
      </CardHeader>
      <CardContent>12 seats</CardContent>
      <CardFooter>
        <button type="button">Upgrade</button>
      </CardFooter>
    </Card>
  );
}

describe("Card", () => {
  it("titles a region with a heading at level 3 by default", () => {
    render(<Example />);
    expect(screen.getByRole("region", { name: "Team plan" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Team plan" })).toBeInTheDocument();
  });

  it("lets the product choose the heading level to fit the page outline", () => {
    render(<Example level={2} />);
    expect(screen.getByRole("heading", { level: 2, name: "Team plan" })).toBeInTheDocument();
  });

  it("marks each part with data-slot and appends the product's className", () => {
    render(<Example />);
    const card = screen.getByRole("region");
    expect(card).toHaveAttribute("data-slot", "card");
    expect(card.className.split(" ").at(-1)).toBe("product-class");
    expect(screen.getByText("Billed yearly.")).toHaveAttribute("data-slot", "card-description");
    expect(screen.getByText("12 seats")).toHaveAttribute("data-slot", "card-content");
  });

  it("keeps its content reachable by keyboard", async () => {
    render(<Example />);
    screen.getByRole("button", { name: "Upgrade" }).focus();
    expect(screen.getByRole("button", { name: "Upgrade" })).toHaveFocus();
  });

  it("renders on the server", () => {
    const html = renderToString(<Example />);
    expect(html).toContain("<h3");
    expect(html).toContain("Billed yearly.");
  });
});
