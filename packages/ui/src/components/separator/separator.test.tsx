import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Separator } from "./separator";

describe("Separator", () => {
  it("is hidden from assistive technology when decorative (the default)", () => {
    render(<Separator data-testid="line" />);
    expect(screen.queryByRole("separator")).toBeNull();
    expect(screen.getByTestId("line")).toHaveAttribute("role", "none");
  });

  it("is announced as a separator when not decorative", () => {
    render(<Separator decorative={false} />);
    const separator = screen.getByRole("separator");
    expect(separator).not.toHaveAttribute("aria-orientation");
    expect(separator).toHaveAttribute("data-orientation", "horizontal");
  });

  it("states a vertical orientation", () => {
    render(<Separator decorative={false} orientation="vertical" />);
    expect(screen.getByRole("separator")).toHaveAttribute("aria-orientation", "vertical");
  });

  it("is not focusable", () => {
    render(<Separator decorative={false} />);
    expect(screen.getByRole("separator")).not.toHaveAttribute("tabindex");
  });

  it("renders on the server", () => {
    expect(renderToString(<Separator orientation="vertical" />)).toContain(
      'data-orientation="vertical"',
    );
  });
});
