import { render, screen } from "@testing-library/react";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AspectRatio } from ".";

describe("AspectRatio", () => {
  it("sets the ratio as the box's aspect-ratio and wraps the content", () => {
    render(
      <AspectRatio ratio={16 / 9}>
        <img src="/hills.png" alt="Hills" />
      </AspectRatio>,
    );
    const image = screen.getByRole("img", { name: "Hills" });
    const box = image.closest<HTMLElement>("[data-slot=aspect-ratio]");
    expect(box?.style.aspectRatio).toMatch(/^1\.777/);
    expect(image.parentElement).toHaveAttribute("data-slot", "aspect-ratio-content");
  });

  it("is square by default", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(<AspectRatio ref={ref} />);
    expect(ref.current?.style.aspectRatio).toMatch(/^1( \/ 1)?$/);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, "16/9"])(
    "rejects the ratio %s",
    (ratio) => {
      expect(() => render(<AspectRatio ratio={ratio as number} />)).toThrow(
        /ratio must be a positive number such as 16 \/ 9/,
      );
    },
  );

  it("keeps the product's style and appends its className", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(
      <AspectRatio ref={ref} ratio={2} className="product-class" style={{ borderRadius: 8 }} />,
    );
    expect(ref.current?.className).toBe("nx-aspect-ratio product-class");
    expect(ref.current?.style.borderRadius).toBe("8px");
  });

  it("renders on the server", () => {
    expect(renderToString(<AspectRatio ratio={4 / 3}>Map</AspectRatio>)).toContain(
      "aspect-ratio:1.3333333333333333",
    );
  });
});
