import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Heading, type HeadingLevel } from "./heading";

describe("Heading", () => {
  it("renders an h2 by default, in the title-md style", () => {
    render(<Heading className="product-class">Invoices</Heading>);
    const heading = screen.getByRole("heading", { level: 2, name: "Invoices" });
    expect(heading.tagName).toBe("H2");
    expect(heading).toHaveAttribute("data-slot", "heading");
    expect(heading).toHaveAttribute("data-size", "title-md");
    expect(heading.className.split(" ")).toEqual([
      "nx-heading",
      "nx-heading--title-md",
      "product-class",
    ]);
  });

  it.each([
    [1, "title-lg"],
    [3, "title-sm"],
    [4, "heading"],
    [6, "heading"],
  ] as const)("renders level %i as h%i with the %s style", (level, size) => {
    render(<Heading level={level}>Title</Heading>);
    const heading = screen.getByRole("heading", { level });
    expect(heading.tagName).toBe(`H${level}`);
    expect(heading).toHaveAttribute("data-size", size);
  });

  it("keeps the level when size changes the look", () => {
    render(
      <Heading level={1} size="heading" weight="bold">
        Settings
      </Heading>,
    );
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading).toHaveClass("nx-heading--heading", "nx-heading--bold");
  });

  it("says what is wrong with a level outside 1–6", () => {
    expect(() => render(<Heading level={7 as HeadingLevel}>Too deep</Heading>)).toThrow(
      "Heading: level must be 1, 2, 3, 4, 5 or 6; got 7.",
    );
  });

  it("marks a truncated heading", () => {
    render(<Heading truncate>Long</Heading>);
    expect(screen.getByRole("heading")).toHaveAttribute("data-truncate", "");
  });

  it("styles its child with asChild", () => {
    render(
      <Heading asChild size="title-sm">
        <a href="/a">Linked</a>
      </Heading>,
    );
    const link = screen.getByRole("link", { name: "Linked" });
    expect(link).toHaveClass("nx-heading", "nx-heading--title-sm");
  });

  it("renders on the server", () => {
    expect(renderToString(<Heading level={4}>Title</Heading>)).toContain("<h4");
  });
});
