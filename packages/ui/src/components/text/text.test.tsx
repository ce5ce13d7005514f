import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Text } from "./text";

describe("Text", () => {
  it("renders a paragraph in the body style with the product's className last", () => {
    render(<Text className="product-class">Hello</Text>);
    const text = screen.getByText("Hello");
    expect(text.tagName).toBe("P");
    expect(text).toHaveAttribute("data-slot", "text");
    expect(text).toHaveAttribute("data-variant", "body");
    expect(text.className.split(" ")).toEqual(["nx-text", "nx-text--body", "product-class"]);
  });

  it("renders the element given in as", () => {
    render(
      <Text as="label" htmlFor="name" variant="label">
        Name
      </Text>,
    );
    const label = screen.getByText("Name");
    expect(label.tagName).toBe("LABEL");
    expect(label).toHaveAttribute("for", "name");
    expect(label).toHaveClass("nx-text--label");
  });

  it("combines a style with size and weight overrides and the muted colour", () => {
    render(
      <Text variant="caption" size="sm" weight="medium" muted>
        Note
      </Text>,
    );
    const text = screen.getByText("Note");
    expect(text).toHaveClass("nx-text--caption", "nx-text--sm", "nx-text--medium");
    expect(text).toHaveAttribute("data-muted", "");
  });

  it("clamps to a number of lines through a custom property the product's style keeps", () => {
    render(
      <Text lineClamp={3} style={{ maxWidth: 200 }}>
        Long
      </Text>,
    );
    const text = screen.getByText("Long");
    expect(text).toHaveAttribute("data-line-clamp", "3");
    expect(text.style.getPropertyValue("--nx-line-clamp")).toBe("3");
    expect(text.style.maxWidth).toBe("200px");
  });

  it.each([0, 1.5, -2])("says what is wrong with lineClamp=%s", (lines) => {
    expect(() => render(<Text lineClamp={lines}>x</Text>)).toThrow(
      `Text: lineClamp must be a whole number of lines from 1; got ${lines}.`,
    );
  });

  it("marks truncated text", () => {
    render(<Text truncate>Long</Text>);
    expect(screen.getByText("Long")).toHaveAttribute("data-truncate", "");
  });

  it("renders on the server", () => {
    expect(renderToString(<Text as="span">x</Text>)).toContain("<span");
  });
});
