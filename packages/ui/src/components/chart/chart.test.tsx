import { render, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  ChartArea,
  ChartBar,
  ChartContainer,
  ChartLegendContent,
  ChartPie,
  ChartTooltipContent,
  Sparkline,
  chartColor,
  type ChartConfig,
} from "./chart";

const data = [
  { month: "Jan", desktop: 186, mobile: 80 },
  { month: "Feb", desktop: 305, mobile: 200 },
];
const config: ChartConfig = {
  desktop: { label: "Desktop" },
  mobile: { label: "Mobile", color: "rebeccapurple" },
};

describe("ChartContainer", () => {
  it("names the chart in a figure and maps series to palette colours in order", () => {
    render(
      <ChartContainer title="Visitors" description="Desktop leads." config={config}>
        <span />
      </ChartContainer>,
    );
    const figure = screen.getByRole("figure", { name: "Visitors" });
    expect(figure).toHaveAccessibleDescription("Desktop leads.");
    expect(figure.style.getPropertyValue("--nx-chart-desktop")).toBe(
      "var(--nx-color-chart-categorical-1)",
    );
    expect(figure.style.getPropertyValue("--nx-chart-mobile")).toBe("rebeccapurple");
    expect(chartColor("desktop")).toBe("var(--nx-chart-desktop)");
  });

  it("hides the drawing from screen readers and gives them the data as a table", () => {
    render(
      <ChartContainer title="Visitors" config={config} data={data} indexKey="month">
        <svg data-testid="drawing" />
      </ChartContainer>,
    );
    expect(screen.getByTestId("drawing").parentElement).toHaveAttribute("aria-hidden", "true");
    const table = screen.getByRole("table", { name: "Visitors: data" });
    const rows = within(table).getAllByRole("row");
    expect(rows.map((row) => row.textContent)).toEqual([
      "monthDesktopMobile",
      "Jan18680",
      "Feb305200",
    ]);
    expect(within(table).getByRole("rowheader", { name: "Feb" })).toBeInTheDocument();
  });

  it("fails clearly without a title or a series label", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(
        <ChartContainer title="" config={config}>
          <span />
        </ChartContainer>,
      ),
    ).toThrow(/`title` is required/);
    expect(() =>
      render(
        // @ts-expect-error: a series needs a label
        <ChartContainer title="x" config={{ desktop: {} }}>
          <span />
        </ChartContainer>,
      ),
    ).toThrow(/config\.desktop needs a `label`/);
  });
});

describe("tooltip and legend content", () => {
  it("shows the label, then the series labels and formatted values", () => {
    render(
      <ChartContainer title="t" config={config}>
        <ChartTooltipContent
          active
          label="Feb"
          valueFormatter={(value) => `${value} visits`}
          payload={[{ dataKey: "desktop", name: "desktop", value: 305 }] as never}
        />
        <ChartLegendContent
          payload={[{ dataKey: "mobile", value: "mobile", color: "red" }] as never}
        />
      </ChartContainer>,
    );
    const tooltip = document.querySelector('[data-slot="chart-tooltip"]')!;
    expect(tooltip).toHaveTextContent("FebDesktop305 visits");
    // Inside the drawing, hidden from screen readers (the fallback table names the series).
    expect(screen.getByRole("list", { hidden: true })).toHaveTextContent("Mobile");
  });

  it("renders nothing while inactive and fails outside a container", () => {
    const { container } = render(
      <ChartContainer title="t" config={config}>
        <ChartTooltipContent active={false} payload={[]} />
      </ChartContainer>,
    );
    expect(container.querySelector('[data-slot="chart-tooltip"]')).toBeNull();
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<ChartLegendContent payload={[]} />)).toThrow(
      "ChartLegendContent must be rendered inside a ChartContainer.",
    );
  });
});

describe("presets", () => {
  it("render a named figure with the fallback table", () => {
    render(<ChartBar title="Per month" data={data} config={config} indexKey="month" stacked />);
    expect(screen.getByRole("figure", { name: "Per month" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Per month: data" })).toBeInTheDocument();
    render(<ChartArea title="Area" data={data} config={config} indexKey="month" />);
    expect(screen.getByRole("figure", { name: "Area" })).toBeInTheDocument();
  });

  it("a pie names a slice missing from config", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(
        <ChartPie
          title="Browsers"
          data={[{ browser: "chrome", visitors: 3 }]}
          config={{ safari: { label: "Safari" } }}
          indexKey="browser"
          valueKey="visitors"
        />,
      ),
    ).toThrow('ChartPie: the slice "chrome" has no entry in `config`');
  });

  it("a sparkline is one image named by its aria-label and checks its data", () => {
    render(<Sparkline aria-label="Rising" data={[1, 2, 3]} />);
    expect(screen.getByRole("img", { name: "Rising" })).toHaveAttribute("data-slot", "sparkline");
    vi.spyOn(console, "error").mockImplementation(() => {});
    // @ts-expect-error: values must be numbers
    expect(() => render(<Sparkline aria-label="x" data={["1"]} />)).toThrow(/array of numbers/);
  });

  it("render on the server", () => {
    const html = renderToString(
      <ChartArea title="Area" data={data} config={config} indexKey="month" />,
    );
    expect(html).toContain("<figure");
    expect(html).toContain("Area: data");
  });
});

describe("entry point", () => {
  it("is not re-exported from the root barrel (recharts is an optional peer)", () => {
    const root = readFileSync(path.join(import.meta.dirname, "../../index.ts"), "utf8");
    expect(root).not.toMatch(/export \* from "\.\/components\/chart"/);
    expect(root).toContain('only from "@nexod/ui/chart"');
  });
});
