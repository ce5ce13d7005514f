import { render, screen } from "@testing-library/react";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DescriptionDetails, DescriptionList, DescriptionListItem, DescriptionTerm } from ".";

function Example(props: React.ComponentProps<typeof DescriptionList>) {
  return (
    <DescriptionList {...props}>
      <DescriptionListItem>
        <DescriptionTerm>Status</DescriptionTerm>
        <DescriptionDetails>Paid</DescriptionDetails>
      </DescriptionListItem>
      <DescriptionListItem>
        <DescriptionTerm>Contacts</DescriptionTerm>
        <DescriptionDetails>ada@example.com</DescriptionDetails>
        <DescriptionDetails>grace@example.com</DescriptionDetails>
      </DescriptionListItem>
    </DescriptionList>
  );
}

describe("DescriptionList", () => {
  it("renders terms and definitions in a <dl>, grouped in <div>s", () => {
    const { container } = render(<Example />);
    expect(screen.getAllByRole("term").map((term) => term.textContent)).toEqual([
      "Status",
      "Contacts",
    ]);
    expect(screen.getAllByRole("definition")).toHaveLength(3);
    const list = container.querySelector("dl");
    expect(list).toHaveAttribute("data-slot", "description-list");
    expect(Array.from(list!.children).map((child) => child.tagName)).toEqual(["DIV", "DIV"]);
  });

  it("is horizontal and not divided by default", () => {
    const { container } = render(<Example />);
    const list = container.querySelector("dl");
    expect(list).toHaveAttribute("data-layout", "horizontal");
    expect(list?.className).toBe("nx-description-list nx-description-list--horizontal");
  });

  it("applies layout and divided, forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLDListElement>();
    render(<DescriptionList ref={ref} layout="vertical" divided className="product-class" />);
    expect(ref.current).toHaveAttribute("data-layout", "vertical");
    expect(ref.current).toHaveClass(
      "nx-description-list--vertical",
      "nx-description-list--divided",
    );
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    const html = renderToString(<Example divided />);
    expect(html).toContain(
      '<dt data-slot="description-term" class="nx-description-term">Status</dt>',
    );
  });
});
