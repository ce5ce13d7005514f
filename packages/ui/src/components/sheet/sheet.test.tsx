import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  Sheet,
  SheetBody,
  SheetClose,
  SheetContent,
  SheetDescription,
  SheetFooter,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
  type SheetContentProps,
  type SheetProps,
} from "./sheet";

function Filters({
  contentProps,
  ...props
}: SheetProps & { contentProps?: Partial<SheetContentProps> }) {
  return (
    <Sheet {...props}>
      <SheetTrigger>Filters</SheetTrigger>
      <SheetContent {...contentProps}>
        <SheetHeader>
          <SheetTitle>Filters</SheetTitle>
          <SheetDescription>Narrow the list of invoices.</SheetDescription>
        </SheetHeader>
        <SheetBody>
          <label>
            Customer <input />
          </label>
        </SheetBody>
        <SheetFooter>
          <SheetClose>Cancel</SheetClose>
        </SheetFooter>
      </SheetContent>
    </Sheet>
  );
}

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

describe("Sheet", () => {
  it("opens a dialog named by its title and described by its description, focus inside", async () => {
    const user = setup();
    render(<Filters />);
    expect(screen.queryByRole("dialog")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Filters" }));
    const sheet = screen.getByRole("dialog", { name: "Filters" });
    expect(sheet).toHaveAccessibleDescription("Narrow the list of invoices.");
    expect(screen.getByRole("textbox", { name: "Customer" })).toHaveFocus();
    expect(document.querySelector('[data-slot="sheet-overlay"]')).not.toBeNull();
  });

  it("closes on Escape and returns focus to the trigger", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    render(<Filters onOpenChange={onOpenChange} />);
    const trigger = screen.getByRole("button", { name: "Filters" });
    trigger.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(trigger).toHaveFocus();
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
  });

  it("closes from the built-in close button and from a SheetClose", async () => {
    const user = setup();
    const { unmount } = render(<Filters defaultOpen />);
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    unmount();
    render(<Filters defaultOpen contentProps={{ showCloseButton: false }} />);
    expect(screen.queryByRole("button", { name: "Close" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it.each(["top", "bottom", "left", "right", "start", "end"] as const)(
    "slides in from side %s",
    (side) => {
      render(<Filters defaultOpen contentProps={{ side }} />);
      const sheet = screen.getByRole("dialog");
      expect(sheet).toHaveAttribute("data-side", side);
      expect(sheet).toHaveClass(`nx-sheet-content--${side}`);
    },
  );

  it("defaults to the end side and the md size; sizes with size", () => {
    const { unmount } = render(<Filters defaultOpen />);
    expect(screen.getByRole("dialog")).toHaveAttribute("data-side", "end");
    expect(screen.getByRole("dialog")).toHaveAttribute("data-size", "md");
    unmount();
    render(<Filters defaultOpen contentProps={{ size: "lg", className: "product-class" }} />);
    const sheet = screen.getByRole("dialog");
    expect(sheet).toHaveClass("nx-sheet-content--lg");
    expect(sheet.className.split(" ").at(-1)).toBe("product-class");
  });

  it("throws a clear error for an unknown side", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(<Filters defaultOpen contentProps={{ side: "middle" as "top" }} />),
    ).toThrow(/side="middle" is not a side; use one of top, bottom, left, right, start, end/);
  });

  it("follows the open prop when controlled", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<Filters open={false} onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole("button", { name: "Filters" }));
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(screen.queryByRole("dialog")).toBeNull();
    rerender(<Filters open onOpenChange={onOpenChange} />);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("forwards the content's ref", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(
      <Sheet defaultOpen>
        <SheetContent ref={ref}>
          <SheetTitle>Details</SheetTitle>
        </SheetContent>
      </Sheet>,
    );
    expect(ref.current).toBe(screen.getByRole("dialog", { name: "Details" }));
  });

  it("renders on the server, closed and open", () => {
    expect(renderToString(<Filters />)).toContain('data-slot="sheet-trigger"');
    expect(() => renderToString(<Filters defaultOpen />)).not.toThrow();
  });
});
