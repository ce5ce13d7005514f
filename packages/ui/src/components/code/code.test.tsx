import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Code } from "./code";

describe("Code", () => {
  it("renders a code element with its variant and the product's className last", () => {
    render(<Code className="product-class">npm run build</Code>);
    const code = screen.getByText("npm run build");
    expect(code.tagName).toBe("CODE");
    expect(code).toHaveAttribute("data-slot", "code");
    expect(code).toHaveAttribute("data-variant", "muted");
    expect(code.className.split(" ")).toEqual(["nx-code", "nx-code--muted", "product-class"]);
  });

  it("renders the class of another variant", () => {
    render(<Code variant="outline">x</Code>);
    expect(screen.getByText("x")).toHaveClass("nx-code--outline");
  });

  it("renders on the server", () => {
    expect(renderToString(<Code variant="plain">x</Code>)).toContain('data-variant="plain"');
  });
});
