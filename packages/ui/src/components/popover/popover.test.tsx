import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  Popover,
  PopoverAnchor,
  PopoverClose,
  PopoverContent,
  PopoverDescription,
  PopoverTitle,
  PopoverTrigger,
  type PopoverContentProps,
  type PopoverProps,
} from "./popover";

function Dimensions({
  contentProps,
  ...props
}: PopoverProps & { contentProps?: Partial<PopoverContentProps> }) {
  return (
    <Popover {...props}>
      <PopoverTrigger>Dimensions</PopoverTrigger>
      <PopoverContent {...contentProps}>
        <PopoverTitle>Dimensions</PopoverTitle>
        <PopoverDescription>Set the size of the layer.</PopoverDescription>
        <label>
          Width <input defaultValue="100%" />
        </label>
        <PopoverClose>Done</PopoverClose>
      </PopoverContent>
    </Popover>
  );
}

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

describe("Popover", () => {
  it("opens a dialog named by its title and described by its description", async () => {
    const user = setup();
    render(<Dimensions />);
    const trigger = screen.getByRole("button", { name: "Dimensions" });
    expect(trigger).toHaveAttribute("aria-haspopup", "dialog");
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    await user.click(trigger);
    const popover = screen.getByRole("dialog", { name: "Dimensions" });
    expect(popover).toHaveAccessibleDescription("Set the size of the layer.");
    expect(popover).toHaveAttribute("data-slot", "popover-content");
    expect(trigger).toHaveAttribute("aria-expanded", "true");
  });

  it("opens with Enter, moves focus inside, and Escape closes and returns focus", async () => {
    const user = setup();
    render(<Dimensions />);
    const trigger = screen.getByRole("button", { name: "Dimensions" });
    await user.tab();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Width" })).toHaveFocus());
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it("toggles with Space on the trigger", async () => {
    const user = setup();
    render(<Dimensions />);
    screen.getByRole("button", { name: "Dimensions" }).focus();
    await user.keyboard(" ");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("closes on a click outside and from PopoverClose", async () => {
    const user = setup();
    render(
      <>
        <Dimensions />
        <button type="button">Elsewhere</button>
      </>,
    );
    await user.click(screen.getByRole("button", { name: "Dimensions" }));
    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Dimensions" }));
    await user.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("starts open with defaultOpen and follows open when controlled", async () => {
    const user = setup();
    const { unmount } = render(<Dimensions defaultOpen />);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    unmount();

    const onOpenChange = vi.fn();
    const { rerender } = render(<Dimensions open={false} onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole("button", { name: "Dimensions" }));
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(screen.queryByRole("dialog")).toBeNull();
    rerender(<Dimensions open onOpenChange={onOpenChange} />);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("cannot be opened from a disabled trigger", async () => {
    const user = setup();
    render(
      <Popover>
        <PopoverTrigger disabled>Filters</PopoverTrigger>
        <PopoverContent aria-label="Filters">Filters</PopoverContent>
      </Popover>,
    );
    await user.click(screen.getByRole("button", { name: "Filters" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("centres 4px below the trigger by default and takes align and side", async () => {
    const { unmount } = render(<Dimensions defaultOpen />);
    const popover = screen.getByRole("dialog");
    expect(popover).toHaveAttribute("data-align", "center");
    expect(popover).toHaveAttribute("data-side", "bottom");
    // jsdom lays out nothing, so the offset is all that moves the positioned wrapper.
    await waitFor(() => expect(popover.parentElement?.style.transform).toBe("translate(0px, 4px)"));
    unmount();
    render(<Dimensions defaultOpen contentProps={{ align: "start", side: "top" }} />);
    expect(screen.getByRole("dialog")).toHaveAttribute("data-align", "start");
    expect(screen.getByRole("dialog")).toHaveAttribute("data-side", "top");
  });

  it("renders an anchor, forwards refs and appends the product's className last", () => {
    const ref = React.createRef<HTMLDivElement>();
    const anchorRef = React.createRef<HTMLDivElement>();
    render(
      <Popover defaultOpen>
        <PopoverAnchor ref={anchorRef}>Row 3</PopoverAnchor>
        <PopoverTrigger>Edit row</PopoverTrigger>
        <PopoverContent ref={ref} aria-label="Edit row" className="product-class">
          Edit
        </PopoverContent>
      </Popover>,
    );
    expect(anchorRef.current).toHaveAttribute("data-slot", "popover-anchor");
    expect(ref.current).toBe(screen.getByRole("dialog", { name: "Edit row" }));
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server, closed and open", () => {
    expect(renderToString(<Dimensions />)).toContain('data-slot="popover-trigger"');
    expect(() => renderToString(<Dimensions defaultOpen />)).not.toThrow();
  });
});
