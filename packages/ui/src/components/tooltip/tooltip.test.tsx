import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  Tooltip,
  TooltipContent,
  TooltipProvider,
  TooltipTrigger,
  type TooltipProps,
} from "./tooltip";

function Bookmark({
  contentProps,
  ...props
}: TooltipProps & { contentProps?: React.ComponentProps<typeof TooltipContent> }) {
  return (
    <Tooltip {...props}>
      <TooltipTrigger>Bookmark</TooltipTrigger>
      <TooltipContent {...contentProps}>Add to library</TooltipContent>
    </Tooltip>
  );
}

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

describe("Tooltip", () => {
  it("shows a tooltip on keyboard focus that describes the trigger", async () => {
    const user = setup();
    render(<Bookmark />);
    expect(screen.queryByRole("tooltip")).toBeNull();
    await user.tab();
    const trigger = screen.getByRole("button", { name: "Bookmark" });
    expect(trigger).toHaveFocus();
    expect(await screen.findByRole("tooltip", { name: "Add to library" })).toBeInTheDocument();
    expect(trigger).toHaveAccessibleDescription("Add to library");
  });

  it("hides on Escape and when focus leaves", async () => {
    const user = setup();
    render(
      <>
        <Bookmark />
        <button type="button">Next</button>
      </>,
    );
    await user.tab();
    await screen.findByRole("tooltip");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("tooltip")).toBeNull();
    expect(screen.getByRole("button", { name: "Bookmark" })).toHaveFocus();

    await user.tab({ shift: true });
    await user.tab();
    await screen.findByRole("tooltip");
    await user.tab();
    await waitFor(() => expect(screen.queryByRole("tooltip")).toBeNull());
  });

  it("shows on hover after the provider's delay and hides when the pointer leaves", async () => {
    const user = setup();
    // jsdom has no layout for the pointer's grace area towards the content, so make it unhoverable.
    render(
      <TooltipProvider delayDuration={0} disableHoverableContent>
        <Bookmark />
      </TooltipProvider>,
    );
    const trigger = screen.getByRole("button", { name: "Bookmark" });
    await user.hover(trigger);
    expect(await screen.findByRole("tooltip", { name: "Add to library" })).toBeInTheDocument();
    await user.unhover(trigger);
    await waitFor(() => expect(screen.queryByRole("tooltip")).toBeNull());
  });

  it("works without a provider, waiting the default 700ms on hover", async () => {
    const user = setup();
    render(<Bookmark />);
    await user.hover(screen.getByRole("button", { name: "Bookmark" }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole("tooltip")).toBeNull();
    expect(await screen.findByRole("tooltip", {}, { timeout: 1500 })).toBeInTheDocument();
  });

  it("starts open with defaultOpen and follows open when controlled", async () => {
    const user = setup();
    const { unmount } = render(<Bookmark defaultOpen />);
    expect(screen.getByRole("tooltip", { name: "Add to library" })).toBeInTheDocument();
    unmount();

    const onOpenChange = vi.fn();
    const { rerender } = render(<Bookmark open={false} onOpenChange={onOpenChange} />);
    await user.tab();
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(screen.queryByRole("tooltip")).toBeNull();
    rerender(<Bookmark open onOpenChange={onOpenChange} />);
    expect(screen.getByRole("tooltip")).toBeInTheDocument();
  });

  it("is not reachable from a disabled trigger", async () => {
    const user = setup();
    render(
      <Tooltip>
        <TooltipTrigger disabled>Bookmark</TooltipTrigger>
        <TooltipContent>Add to library</TooltipContent>
      </Tooltip>,
    );
    await user.tab();
    expect(screen.getByRole("button", { name: "Bookmark" })).not.toHaveFocus();
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("draws an arrow only when asked", () => {
    const { unmount } = render(<Bookmark defaultOpen />);
    expect(document.querySelector('[data-slot="tooltip-arrow"]')).toBeNull();
    unmount();
    render(<Bookmark defaultOpen contentProps={{ arrow: true }} />);
    expect(document.querySelector('[data-slot="tooltip-arrow"]')).not.toBeNull();
  });

  it("forwards refs and appends the product's className last", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(<Bookmark defaultOpen contentProps={{ ref, className: "product-class" }} />);
    expect(ref.current).toHaveAttribute("data-slot", "tooltip-content");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
    expect(ref.current).toHaveAttribute("data-side", "top");
  });

  it("renders on the server, closed and open, with and without a provider", () => {
    expect(renderToString(<Bookmark />)).toContain('data-slot="tooltip-trigger"');
    expect(() => renderToString(<Bookmark defaultOpen />)).not.toThrow();
    expect(() =>
      renderToString(
        <TooltipProvider>
          <Bookmark defaultOpen />
        </TooltipProvider>,
      ),
    ).not.toThrow();
  });
});
