import { CheckIcon } from "@nexod/icons";
import { render, screen, within } from "@testing-library/react";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Timeline, TimelineItem } from ".";

describe("Timeline", () => {
  it("is an ordered list of events with titles, <time> and details", () => {
    render(
      <Timeline aria-label="Activity">
        <TimelineItem title="Created" time="1 Dec" dateTime="2026-12-01">
          By Grace
        </TimelineItem>
        <TimelineItem title="Paid" />
      </Timeline>,
    );
    const list = screen.getByRole("list", { name: "Activity" });
    expect(list.tagName).toBe("OL");
    const [created, paid] = within(list).getAllByRole("listitem");
    expect(created).toHaveTextContent("Created1 DecBy Grace");
    expect(within(created!).getByText("1 Dec")).toHaveAttribute("dateTime", "2026-12-01");
    expect(paid!.querySelector("time")).toBeNull();
    expect(paid!.querySelector("[data-slot=timeline-description]")).toBeNull();
  });

  it("hides the marker's glyph and reads its label", () => {
    render(
      <Timeline>
        <TimelineItem status="success" icon={<CheckIcon />} title="Paid" markerLabel="Completed" />
      </Timeline>,
    );
    const item = screen.getByRole("listitem");
    expect(item).toHaveAttribute("data-status", "success");
    expect(item.querySelector("svg")?.closest("[aria-hidden=true]")).not.toBeNull();
    expect(within(item).getByText("Completed")).toHaveClass("nx-timeline-marker__label");
    expect(item.querySelector("[data-slot=timeline-marker]")).toHaveClass(
      "nx-timeline-marker--success",
      "nx-timeline-marker--icon",
    );
  });

  it("draws a dot when there is no icon, neutral by default", () => {
    render(<TimelineItem title="Note" />);
    const marker = screen.getByRole("listitem").querySelector("[data-slot=timeline-marker]");
    expect(marker).toHaveClass("nx-timeline-marker--neutral");
    expect(marker).not.toHaveClass("nx-timeline-marker--icon");
    expect(marker?.querySelector(".nx-timeline-marker__dot")).not.toBeNull();
  });

  it("requires dateTime with time", () => {
    expect(() => render(<TimelineItem title="Paid" time="today" />)).toThrow(
      /pass dateTime \(an ISO 8601 date/,
    );
  });

  it("rejects an unknown status", () => {
    expect(() => render(<TimelineItem title="Paid" status={"ok" as "success"} />)).toThrow(
      /status "ok" is not one of neutral, primary, success, warning, destructive, info/,
    );
  });

  it("forwards refs and appends the product's className", () => {
    const list = React.createRef<HTMLOListElement>();
    const item = React.createRef<HTMLLIElement>();
    render(
      <Timeline ref={list} className="product-list">
        <TimelineItem ref={item} title="Paid" className="product-item" />
      </Timeline>,
    );
    expect(list.current?.className).toBe("nx-timeline product-list");
    expect(item.current?.className).toBe("nx-timeline-item product-item");
  });

  it("renders on the server", () => {
    const html = renderToString(
      <Timeline>
        <TimelineItem title="Paid" time="3 Dec" dateTime="2026-12-03" />
      </Timeline>,
    );
    expect(html).toContain('<time data-slot="timeline-time" dateTime="2026-12-03"');
  });
});
