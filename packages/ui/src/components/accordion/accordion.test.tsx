import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  Accordion,
  AccordionContent,
  AccordionItem,
  AccordionTrigger,
  type AccordionProps,
} from ".";

function Faq(props: AccordionProps) {
  return (
    <Accordion {...props}>
      <AccordionItem value="one">
        <AccordionTrigger>First</AccordionTrigger>
        <AccordionContent>First answer</AccordionContent>
      </AccordionItem>
      <AccordionItem value="two">
        <AccordionTrigger>Second</AccordionTrigger>
        <AccordionContent>Second answer</AccordionContent>
      </AccordionItem>
      <AccordionItem value="three" disabled>
        <AccordionTrigger>Third</AccordionTrigger>
        <AccordionContent>Third answer</AccordionContent>
      </AccordionItem>
    </Accordion>
  );
}

describe("Accordion", () => {
  it("renders each header as a collapsed button inside an h3", () => {
    render(<Faq type="single" />);
    const first = screen.getByRole("button", { name: "First" });
    expect(first).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("heading", { level: 3, name: "First" })).toContainElement(first);
    expect(screen.queryByText("First answer")).toBeNull();
  });

  it("opens a section named by its header with Enter, and closes the other (single)", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Faq type="single" defaultValue="two" onValueChange={onValueChange} />);
    await user.tab();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("region", { name: "First" })).toHaveTextContent("First answer");
    expect(screen.getByRole("button", { name: "Second" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    expect(onValueChange).toHaveBeenCalledWith("one");
  });

  it("keeps the open item open unless collapsible", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Faq type="single" defaultValue="one" />);
    await user.click(screen.getByRole("button", { name: "First" }));
    expect(screen.getByRole("button", { name: "First" })).toHaveAttribute("aria-expanded", "true");
    unmount();
    render(<Faq type="single" collapsible defaultValue="one" />);
    await user.click(screen.getByRole("button", { name: "First" }));
    expect(screen.getByRole("button", { name: "First" })).toHaveAttribute("aria-expanded", "false");
  });

  it("opens any number of items (multiple)", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Faq type="multiple" onValueChange={onValueChange} />);
    await user.click(screen.getByRole("button", { name: "First" }));
    await user.click(screen.getByRole("button", { name: "Second" }));
    expect(screen.getAllByRole("region")).toHaveLength(2);
    expect(onValueChange).toHaveBeenLastCalledWith(["one", "two"]);
  });

  it("shows only the items it is given when controlled", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Faq type="single" value="two" onValueChange={onValueChange} />);
    await user.click(screen.getByRole("button", { name: "First" }));
    expect(onValueChange).toHaveBeenCalledWith("one");
    expect(screen.getByRole("region", { name: "Second" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "First" })).toBeNull();
  });

  it("moves between headers with the arrow keys, Home and End, skipping disabled items", async () => {
    const user = userEvent.setup();
    render(<Faq type="single" />);
    await user.tab();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("button", { name: "Second" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("button", { name: "First" })).toHaveFocus();
    await user.keyboard("{End}");
    expect(screen.getByRole("button", { name: "Second" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(screen.getByRole("button", { name: "First" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Third" })).toBeDisabled();
  });

  it("uses the heading level it is given and rejects others", () => {
    render(
      <Accordion type="single">
        <AccordionItem value="a">
          <AccordionTrigger headingLevel={2}>Section</AccordionTrigger>
          <AccordionContent>Body</AccordionContent>
        </AccordionItem>
      </Accordion>,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Section" })).toBeInTheDocument();
    expect(() =>
      render(
        <Accordion type="single">
          <AccordionItem value="a">
            <AccordionTrigger headingLevel={7 as 2}>Section</AccordionTrigger>
          </AccordionItem>
        </Accordion>,
      ),
    ).toThrow(/headingLevel must be 2 to 6, got 7/);
  });

  it("rejects a missing or unknown type", () => {
    expect(() =>
      render(<Accordion {...({ type: "many" } as unknown as AccordionProps)} />),
    ).toThrow(/type must be "single" or "multiple", got "many"/);
  });

  it("applies its variant, forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(<Accordion type="single" ref={ref} variant="contained" className="product-class" />);
    expect(ref.current).toHaveAttribute("data-variant", "contained");
    expect(ref.current).toHaveClass("nx-accordion", "nx-accordion--contained");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders the open section on the server", () => {
    const html = renderToString(<Faq type="single" defaultValue="two" />);
    expect(html).toContain("Second answer");
    expect(html).not.toContain("First answer");
  });
});
