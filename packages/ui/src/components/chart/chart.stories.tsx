import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import {
  ChartArea,
  ChartBar,
  ChartContainer,
  ChartLegend,
  ChartLegendContent,
  ChartLine,
  ChartPie,
  ChartTooltip,
  ChartTooltipContent,
  Sparkline,
  chartColor,
  type ChartConfig,
} from "./chart";
import { LineChart, Line, XAxis, CartesianGrid } from "recharts";

/** Six fixed months of a fictional product (no randomness, no dates relative to today). */
const months = [
  { month: "Jan", desktop: 186, mobile: 80, tablet: 42 },
  { month: "Feb", desktop: 305, mobile: 200, tablet: 51 },
  { month: "Mar", desktop: 237, mobile: 120, tablet: 64 },
  { month: "Apr", desktop: 173, mobile: 190, tablet: 58 },
  { month: "May", desktop: 209, mobile: 130, tablet: 70 },
  { month: "Jun", desktop: 264, mobile: 140, tablet: 77 },
];
const devices: ChartConfig = {
  desktop: { label: "Desktop" },
  mobile: { label: "Mobile" },
  tablet: { label: "Tablet" },
};
const browsers = [
  { browser: "chrome", visitors: 275 },
  { browser: "safari", visitors: 200 },
  { browser: "firefox", visitors: 187 },
  { browser: "edge", visitors: 173 },
  { browser: "other", visitors: 90 },
];
const browserConfig: ChartConfig = {
  chrome: { label: "Chrome" },
  safari: { label: "Safari" },
  firefox: { label: "Firefox" },
  edge: { label: "Edge" },
  other: { label: "Other" },
};

const meta = {
  title: "Data display/Chart",
  component: ChartContainer,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  args: { config: devices, title: "Visitors by device", children: null },
} satisfies Meta<typeof ChartContainer>;

export default meta;
type Story = StoryObj<typeof meta>;

const box = { maxWidth: 560 } as const;

export const Area: Story = {
  render: () => (
    <div style={box}>
      <ChartArea
        title="Visitors by device, January to June 2026"
        description="Desktop leads every month; mobile peaks in February and April."
        data={months}
        config={devices}
        indexKey="month"
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figure = canvas.getByRole("figure", { name: "Visitors by device, January to June 2026" });
    await expect(figure).toHaveAccessibleDescription(/Desktop leads every month/);
    // The drawing is hidden from screen readers; the same numbers are in a table.
    const table = canvas.getByRole("table", { name: /data$/ });
    await expect(within(table).getAllByRole("row")).toHaveLength(7);
    await expect(within(table).getByRole("cell", { name: "305" })).toBeInTheDocument();
    await expect(canvasElement.querySelectorAll(".recharts-area").length).toBe(3);
  },
};

export const StackedArea: Story = {
  render: () => (
    <div style={box}>
      <ChartArea
        title="Visitors, stacked"
        data={months}
        config={devices}
        indexKey="month"
        stacked
      />
    </div>
  ),
};

export const GroupedBar: Story = {
  render: () => (
    <div style={box}>
      <ChartBar title="Visitors per month" data={months} config={devices} indexKey="month" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll(".recharts-bar-rectangle").length).toBe(18);
  },
};

export const StackedBar: Story = {
  render: () => (
    <div style={box}>
      <ChartBar
        title="Visitors per month, stacked"
        data={months}
        config={devices}
        indexKey="month"
        stacked
      />
    </div>
  ),
};

export const HorizontalBar: Story = {
  render: () => (
    <div style={box}>
      <ChartBar
        title="Visitors by browser"
        data={browsers}
        config={{ visitors: { label: "Visitors" } }}
        indexKey="browser"
        orientation="horizontal"
      />
    </div>
  ),
};

export const Line_: Story = {
  name: "Line",
  render: () => (
    <div style={box}>
      <ChartLine
        title="Desktop and mobile visitors"
        data={months}
        config={{ desktop: devices.desktop!, mobile: devices.mobile! }}
        indexKey="month"
      />
    </div>
  ),
};

export const Pie: Story = {
  render: () => (
    <div style={{ maxWidth: 360 }}>
      <ChartPie
        title="Visitors by browser"
        data={browsers}
        config={browserConfig}
        indexKey="browser"
        valueKey="visitors"
        height={280}
      />
    </div>
  ),
};

export const Donut: Story = {
  render: () => (
    <div style={{ maxWidth: 360 }}>
      <ChartPie
        title="Visitors by browser"
        data={browsers}
        config={browserConfig}
        indexKey="browser"
        valueKey="visitors"
        variant="donut"
        height={280}
      >
        <strong style={{ fontSize: "var(--nx-font-size-2xl)" }}>925</strong>
        <span style={{ color: "var(--nx-color-muted-foreground)" }}>visitors</span>
      </ChartPie>
    </div>
  ),
};

export const SparklineStory: Story = {
  name: "Sparkline",
  render: () => (
    <div style={{ width: 160 }}>
      <Sparkline
        aria-label="Revenue, last 12 weeks: rising from 12k to 18k"
        data={[12, 13, 12.5, 14, 13.8, 15, 15.5, 15.1, 16.4, 17, 16.8, 18]}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("img", { name: /rising from 12k to 18k/ }),
    ).toBeVisible();
  },
};

/** A composition with Recharts parts: `chartColor(key)` reads the series colour from the container. */
export const Composition: Story = {
  render: () => (
    <div style={box}>
      <ChartContainer
        title="Mobile visitors"
        config={{ mobile: { label: "Mobile" } }}
        data={months}
        indexKey="month"
      >
        <LineChart
          data={months}
          responsive
          style={{ width: "100%", height: "100%" }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke="var(--nx-color-chart-grid)" />
          <XAxis dataKey="month" tick={{ fill: "var(--nx-color-chart-axis)" }} />
          <ChartTooltip content={<ChartTooltipContent />} />
          <ChartLegend content={<ChartLegendContent />} />
          <Line
            dataKey="mobile"
            stroke={chartColor("mobile")}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartContainer>
    </div>
  ),
};

/** The tooltip and legend on their own, in the system's look. */
export const TooltipAndLegend: Story = {
  render: () => (
    <ChartContainer title="Tooltip and legend" config={devices} height={140}>
      <div style={{ display: "flex", gap: 24, alignItems: "start" }}>
        <ChartTooltipContent
          active
          label="February"
          payload={
            [
              { dataKey: "desktop", name: "desktop", value: 305, color: chartColor("desktop") },
              { dataKey: "mobile", name: "mobile", value: 200, color: chartColor("mobile") },
            ] as never
          }
        />
        <ChartLegendContent
          payload={
            [
              { dataKey: "desktop", value: "desktop", color: chartColor("desktop") },
              { dataKey: "mobile", value: "mobile", color: chartColor("mobile") },
              { dataKey: "tablet", value: "tablet", color: chartColor("tablet") },
            ] as never
          }
        />
      </div>
    </ChartContainer>
  ),
};

/** The eight categorical palette colours in order, each as a bar. */
export const States: Story = {
  render: () => (
    <StatesGrid
      states={["bars", "line"]}
      rows={[
        {
          name: "palette",
          cells: [
            <div key="bars" style={{ width: 320 }}>
              <ChartBar
                title="Palette"
                hideTitle
                height={160}
                showLegend={false}
                data={[
                  Object.fromEntries([
                    ["k", "all"],
                    ...Array.from({ length: 8 }, (_, i) => [`s${i + 1}`, 10 + i * 3]),
                  ]),
                ]}
                config={Object.fromEntries(
                  Array.from({ length: 8 }, (_, i) => [`s${i + 1}`, { label: `Series ${i + 1}` }]),
                )}
                indexKey="k"
              />
            </div>,
            <div key="line" style={{ width: 160 }}>
              <Sparkline
                aria-label="A falling trend"
                data={[9, 8, 8.5, 7, 6, 6.5, 5]}
                color="var(--nx-color-chart-categorical-2)"
              />
            </div>,
          ],
        },
      ]}
    />
  ),
};
