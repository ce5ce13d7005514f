import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Collapsible, CollapsibleContent, CollapsibleTrigger, type CollapsibleProps } from ".";

function Example(props: CollapsibleProps) {
  return (
    <Collapsible {...props}>
      <CollapsibleTrigger>More</CollapsibleTrigger>
      <CollapsibleContent>Hidden details</CollapsibleContent>
    </Collapsible>
  );
}

describe("Collapsible", () => {
  it("starts closed: the trigger is collapsed and the content absent", () => {
    render(<Example />);
    expect(screen.getByRole("button", { name: "More" })).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText("Hidden details")).toBeNull();
  });

  it("toggles with Enter, Space and a click, and the trigger controls the content", async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<Example onOpenChange={onOpenChange} />);
    const trigger = screen.getByRole("button", { name: "More" });
    await user.tab();
    await user.keyboard("{Enter}");
    const content = screen.getByText("Hidden details");
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    expect(trigger).toHaveAttribute("aria-controls", content.id);
    await user.keyboard(" ");
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    await user.click(trigger);
    expect(onOpenChange.mock.calls).toEqual([[true], [false], [true]]);
  });

  it("shows only the state it is given when controlled", async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<Example open onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole("button", { name: "More" }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByText("Hidden details")).toBeInTheDocument();
  });

  it("does not toggle while disabled", async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<Example disabled onOpenChange={onOpenChange} />);
    const trigger = screen.getByRole("button", { name: "More" });
    expect(trigger).toBeDisabled();
    await user.click(trigger);
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it("keeps the product's element and class with asChild", () => {
    render(
      <Collapsible>
        <CollapsibleTrigger asChild className="product-class">
          <a href="#details">Details</a>
        </CollapsibleTrigger>
      </Collapsible>,
    );
    const link = screen.getByRole("link", { name: "Details" });
    expect(link).toHaveAttribute("aria-expanded", "false");
    expect(link).toHaveAttribute("class", "product-class");
  });

  it("forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(<Collapsible ref={ref} className="product-class" />);
    expect(ref.current).toHaveAttribute("data-slot", "collapsible");
    expect(ref.current?.className).toBe("nx-collapsible product-class");
  });

  it("renders open content on the server", () => {
    expect(renderToString(<Example defaultOpen />)).toContain("Hidden details");
  });
});
