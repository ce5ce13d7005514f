import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResizableHandle, ResizablePanel, ResizablePanelGroup } from ".";

function Example({
  orientation,
  disabled,
}: {
  orientation?: "horizontal" | "vertical";
  disabled?: boolean;
}) {
  return (
    <ResizablePanelGroup orientation={orientation}>
      <ResizablePanel id="a" defaultSize="30%">
        A
      </ResizablePanel>
      <ResizableHandle aria-label="Resize A" showGrip disabled={disabled} />
      <ResizablePanel id="b">B</ResizablePanel>
    </ResizablePanelGroup>
  );
}

describe("Resizable", () => {
  it("renders a focusable separator, vertical between side-by-side panels", async () => {
    const user = userEvent.setup();
    render(<Example />);
    const handle = screen.getByRole("separator", { name: "Resize A" });
    expect(handle).toHaveAttribute("aria-orientation", "vertical");
    expect(handle).toHaveAttribute("data-orientation", "horizontal");
    expect(handle).toHaveAttribute("data-slot", "resizable-handle");
    await user.tab();
    expect(handle).toHaveFocus();
  });

  it("turns the separator horizontal in a vertical group and draws the matching grip", () => {
    render(<Example orientation="vertical" />);
    const handle = screen.getByRole("separator", { name: "Resize A" });
    expect(handle).toHaveAttribute("aria-orientation", "horizontal");
    const grip = handle.querySelector("[data-slot=resizable-grip] svg");
    expect(grip).toHaveAttribute("aria-hidden", "true");
  });

  it("draws no grip unless showGrip", () => {
    render(
      <ResizablePanelGroup>
        <ResizablePanel>A</ResizablePanel>
        <ResizableHandle aria-label="Resize" />
        <ResizablePanel>B</ResizablePanel>
      </ResizablePanelGroup>,
    );
    expect(screen.getByRole("separator").querySelector("[data-slot=resizable-grip]")).toBeNull();
  });

  it("takes a disabled handle out of the tab order", async () => {
    const user = userEvent.setup();
    render(<Example disabled />);
    const handle = screen.getByRole("separator", { name: "Resize A" });
    expect(handle).toHaveAttribute("aria-disabled", "true");
    await user.tab();
    expect(handle).not.toHaveFocus();
  });

  it("rejects an unknown orientation", () => {
    expect(() => render(<ResizablePanelGroup orientation={"diagonal" as "vertical"} />)).toThrow(
      /orientation must be "horizontal" or "vertical", got "diagonal"/,
    );
  });

  it("forwards refs to the group's and the panel's elements and appends className", () => {
    const group = React.createRef<HTMLDivElement>();
    const panel = React.createRef<HTMLDivElement>();
    render(
      <ResizablePanelGroup ref={group} className="product-group">
        <ResizablePanel ref={panel} id="only">
          Only
        </ResizablePanel>
      </ResizablePanelGroup>,
    );
    expect(group.current).toHaveAttribute("data-slot", "resizable-panel-group");
    expect(group.current?.className.split(" ").at(-1)).toBe("product-group");
    expect(panel.current).toHaveAttribute("id", "only");
  });

  it("renders on the server", () => {
    const html = renderToString(<Example />);
    expect(html).toContain('role="separator"');
    expect(html).toContain(">A<");
  });
});
