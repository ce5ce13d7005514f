import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Skeleton } from "./skeleton";

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

  it("renders on the server", () => {
    expect(renderToString(<Skeleton />)).toContain('data-slot="skeleton"');
  });
});
