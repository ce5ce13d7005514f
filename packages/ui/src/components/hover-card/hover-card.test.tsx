import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { describe, expect, it, vi } from "vitest";
import { HoverCard, HoverCardContent, HoverCardTrigger } from ".";

function Card(props: React.ComponentProps<typeof HoverCard> & { arrow?: boolean }) {
  const { arrow, ...rest } = props;
  return (
    <HoverCard openDelay={0} closeDelay={0} {...rest}>
      <HoverCardTrigger href="/ada">@ada</HoverCardTrigger>
      <HoverCardContent arrow={arrow} className="mine">
        Ada Lovelace
      </HoverCardContent>
    </HoverCard>
  );
}

describe("HoverCard", () => {
  it("renders the trigger as a link and no card until it opens", () => {
    render(<Card />);
    const link = screen.getByRole("link", { name: "@ada" });
    expect(link).toHaveAttribute("data-slot", "hover-card-trigger");
    expect(link).toHaveAttribute("data-state", "closed");
    expect(screen.queryByText("Ada Lovelace")).toBeNull();
  });

  it("opens on keyboard focus and closes on Escape", async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<Card onOpenChange={onOpenChange} />);
    await user.tab();
    expect(screen.getByRole("link")).toHaveFocus();
    const card = await screen.findByText("Ada Lovelace");
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(card).toHaveAttribute("data-slot", "hover-card-content");
    expect(card).toHaveClass("nx-hover-card-content", "mine");
    await user.keyboard("{Escape}");
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole("link")).toHaveFocus();
  });

  it("waits for openDelay before opening on hover", () => {
    vi.useFakeTimers();
    try {
      render(<Card openDelay={500} />);
      fireEvent.pointerEnter(screen.getByRole("link"), { pointerType: "mouse" });
      act(() => vi.advanceTimersByTime(400));
      expect(screen.queryByText("Ada Lovelace")).toBeNull();
      act(() => vi.advanceTimersByTime(200));
      expect(screen.getByText("Ada Lovelace")).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it("is controlled by open", () => {
    const { rerender } = render(<Card open />);
    expect(screen.getByText("Ada Lovelace")).toBeInTheDocument();
    rerender(<Card open={false} />);
    expect(screen.queryByText("Ada Lovelace")).toBeNull();
  });

  it("draws the arrow only when asked", () => {
    const { rerender } = render(<Card defaultOpen />);
    expect(document.querySelector('[data-slot="hover-card-arrow"]')).toBeNull();
    rerender(<Card defaultOpen arrow />);
    expect(document.querySelector('[data-slot="hover-card-arrow"]')).not.toBeNull();
  });
});
