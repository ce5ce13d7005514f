import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OtpInput } from "./otp-input";

describe("OtpInput", () => {
  it("renders its content with data-slot and the product's className last", () => {
    render(<OtpInput className="product-class">Content</OtpInput>);
    const element = screen.getByText("Content");
    expect(element).toHaveAttribute("data-slot", "otp-input");
    expect(element.className.split(" ").at(-1)).toBe("product-class");
  });

  // Add: role and accessible name, keyboard (Tab, Enter/Space, Escape, arrows per WAI-ARIA),
  // controlled and uncontrolled use, the disabled state.

  it("renders on the server", () => {
    expect(renderToString(<OtpInput>Content</OtpInput>)).toContain("Content");
  });
});
