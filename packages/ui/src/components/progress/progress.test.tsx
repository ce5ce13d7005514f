import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Progress } from "./progress";

describe("Progress", () => {
  it("is a named progressbar with its value, range and value text", () => {
    render(<Progress value={25} label="Uploading" className="product-class" />);
    const bar = screen.getByRole("progressbar", { name: "Uploading" });
    expect(bar).toHaveAttribute("aria-valuenow", "25");
    expect(bar).toHaveAttribute("aria-valuemin", "0");
    expect(bar).toHaveAttribute("aria-valuemax", "100");
    expect(bar).toHaveAttribute("aria-valuetext", "25%");
    expect(bar).toHaveAttribute("data-state", "loading");
    expect(bar.className.split(" ").at(-1)).toBe("product-class");
    const fill = bar.querySelector(".nx-progress__indicator") as HTMLElement;
    expect(fill.style.inlineSize).toBe("25%");
  });

  it("is indeterminate without a value: no value, no value text", () => {
    render(<Progress aria-label="Preparing" />);
    const bar = screen.getByRole("progressbar", { name: "Preparing" });
    expect(bar).not.toHaveAttribute("aria-valuenow");
    expect(bar).not.toHaveAttribute("aria-valuetext");
    expect(bar).toHaveAttribute("data-state", "indeterminate");
  });

  it("is complete at max, and reads a custom value text", () => {
    render(
      <Progress
        value={8}
        max={8}
        label="Importing"
        showValue
        getValueLabel={(value, max) => `${value} of ${max} files`}
      />,
    );
    const bar = screen.getByRole("progressbar", { name: "Importing" });
    expect(bar).toHaveAttribute("data-state", "complete");
    expect(bar).toHaveAttribute("aria-valuetext", "8 of 8 files");
    expect(screen.getByText("8 of 8 files")).toBeInTheDocument();
  });

  it("shows the value text only with showValue", () => {
    render(<Progress value={10} label="Sync" />);
    expect(screen.queryByText("10%")).not.toBeInTheDocument();
  });

  it("draws a ring whose dash offset follows the value", () => {
    render(<Progress shape="circular" value={30} aria-label="Sync" />);
    const ring = screen.getByRole("progressbar", { name: "Sync" });
    expect(ring).toHaveAttribute("data-shape", "circular");
    const indicator = ring.querySelector(".nx-progress__ring-indicator") as SVGElement;
    expect(indicator.style.strokeDashoffset).toBe("70");
    expect(ring.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });

  it.each([
    [
      { value: 120 },
      "Progress: value must be a number from 0 to max (100), or null while the amount is unknown; got 120.",
    ],
    [{ value: -1 }, "got -1."],
    [{ value: Number.NaN }, "got null."],
    [{ value: 1, max: 0 }, "Progress: max must be a number above 0; got 0."],
  ])("says what is wrong with %o", (props, message) => {
    expect(() => render(<Progress aria-label="x" {...props} />)).toThrow(message);
  });

  it("renders on the server", () => {
    expect(renderToString(<Progress value={50} aria-label="x" />)).toContain('role="progressbar"');
  });
});
