import { render, screen } from "@testing-library/react";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ScrollArea, type ScrollAreaOrientation } from ".";

/** jsdom has no layout: give every element the sizes a browser would measure. */
function fakeLayout(
  content: { height: number; width: number },
  viewport = { height: 100, width: 100 },
) {
  vi.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockReturnValue(content.height);
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(viewport.height);
  vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(content.width);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(viewport.width);
}

afterEach(() => vi.restoreAllMocks());

describe("ScrollArea", () => {
  it("makes an overflowing viewport a focusable region with the area's name", () => {
    fakeLayout({ height: 400, width: 100 });
    render(
      <ScrollArea aria-label="Release tags">
        <p>Tags</p>
      </ScrollArea>,
    );
    const region = screen.getByRole("region", { name: "Release tags" });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(region).toHaveAttribute("data-slot", "scroll-area-viewport");
    expect(region).toContainElement(screen.getByText("Tags"));
  });

  it("adds no Tab stop and no region when the content fits", () => {
    fakeLayout({ height: 100, width: 100 });
    render(
      <ScrollArea aria-label="Release tags">
        <p>Tags</p>
      </ScrollArea>,
    );
    expect(screen.queryByRole("region")).toBeNull();
    expect(
      screen.getByText("Tags").closest("[data-slot=scroll-area-viewport]"),
    ).not.toHaveAttribute("tabindex");
  });

  it.each<[ScrollAreaOrientation, { height: number; width: number }, boolean]>([
    ["vertical", { height: 100, width: 400 }, false],
    ["horizontal", { height: 100, width: 400 }, true],
    ["horizontal", { height: 400, width: 100 }, false],
    ["both", { height: 400, width: 100 }, true],
  ])("%s: content of %j is reachable by keyboard: %s", (orientation, content, focusable) => {
    fakeLayout(content);
    render(
      <ScrollArea aria-label="Area" orientation={orientation}>
        Content
      </ScrollArea>,
    );
    expect(screen.queryByRole("region", { name: "Area" }) !== null).toBe(focusable);
  });

  it("is focusable but no region when it overflows without a name", () => {
    fakeLayout({ height: 400, width: 100 });
    render(<ScrollArea>Content</ScrollArea>);
    expect(screen.queryByRole("region")).toBeNull();
    expect(screen.getByText("Content").closest("[data-slot=scroll-area-viewport]")).toHaveAttribute(
      "tabindex",
      "0",
    );
  });

  it("rejects an unknown orientation", () => {
    expect(() =>
      render(<ScrollArea orientation={"diagonal" as ScrollAreaOrientation}>x</ScrollArea>),
    ).toThrow(/orientation must be one of vertical, horizontal, both, got "diagonal"/);
  });

  it("gives the viewport to viewportRef and forwards the root's ref and className", () => {
    const ref = React.createRef<HTMLDivElement>();
    const viewportRef = React.createRef<HTMLDivElement>();
    render(
      <ScrollArea ref={ref} viewportRef={viewportRef} className="product-class">
        Content
      </ScrollArea>,
    );
    expect(ref.current).toHaveAttribute("data-slot", "scroll-area");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
    expect(viewportRef.current).toHaveAttribute("data-slot", "scroll-area-viewport");
  });

  it("renders on the server", () => {
    const html = renderToString(<ScrollArea aria-label="Tags">Content</ScrollArea>);
    expect(html).toContain("Content");
    expect(html).toContain('data-orientation="vertical"');
  });
});
