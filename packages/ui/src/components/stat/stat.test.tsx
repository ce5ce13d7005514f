import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Stat } from "./stat";

describe("Stat", () => {
  it("is a description list: the label names the value", () => {
    render(<Stat label="Revenue" value="€48,200" description="All regions" />);
    expect(screen.getByRole("term")).toHaveTextContent("Revenue");
    const [value, description] = screen.getAllByRole("definition");
    expect(value).toHaveTextContent("€48,200");
    expect(description).toHaveTextContent("All regions");
    expect(screen.getByRole("term").closest('[data-slot="stat"]')).toBeInTheDocument();
  });

  it("reads the delta as one phrase with its direction in words", () => {
    render(
      <Stat
        label="Failed payments"
        value="31"
        delta={{ value: "8", direction: "down", meaning: "positive", period: "vs last week" }}
      />,
    );
    const delta = screen.getAllByRole("definition")[1]!;
    expect(delta).toHaveTextContent("down 8 vs last week");
    expect(delta).toHaveAttribute("data-direction", "down");
    // Colour from the meaning, not the direction.
    expect(delta).toHaveAttribute("data-meaning", "positive");
    expect(delta.querySelector(".nx-stat-delta--positive")).not.toBeNull();
  });

  it("defaults to a flat, neutral delta", () => {
    render(<Stat label="Projects" value="128" delta={{ value: "0%" }} />);
    const delta = screen.getAllByRole("definition")[1]!;
    expect(delta).toHaveTextContent("unchanged 0%");
    expect(delta).toHaveAttribute("data-meaning", "neutral");
  });

  it("fails clearly on a wrong direction or meaning", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      // @ts-expect-error: "good" is a meaning word, not a value
      render(<Stat label="x" value="1" delta={{ value: "1", meaning: "good" }} />),
    ).toThrow(/delta\.meaning must be "positive", "negative" or "neutral" \(got "good"\)/);
    expect(() =>
      // @ts-expect-error: "increase" is not a direction
      render(<Stat label="x" value="1" delta={{ value: "1", direction: "increase" }} />),
    ).toThrow(/delta\.direction must be "up", "down" or "flat"/);
  });

  it("renders a sparkline slot and the product's className last", () => {
    render(<Stat label="x" value="1" sparkline={<span>trend</span>} className="mine" />);
    expect(screen.getByText("trend").parentElement).toHaveAttribute("data-slot", "stat-sparkline");
    expect(
      screen.getByText("trend").closest('[data-slot="stat"]')!.className.split(" ").at(-1),
    ).toBe("mine");
  });

  it("renders on the server", () => {
    expect(renderToString(<Stat label="Revenue" value="€1" />)).toContain("<dl");
  });
});
