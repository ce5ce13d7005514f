"use client";

import { cx } from "class-variance-authority";
import * as React from "react";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  Tooltip,
  XAxis,
  YAxis,
  type LegendPayload,
  type TooltipContentProps,
} from "recharts";

/**
 * What each series is: its label (legend, tooltip, fallback table) and colour. Colours default to
 * the palette's categorical colours in order (`--nx-color-chart-categorical-1…8`), so a chart
 * follows the theme and stays distinguishable under colour-vision deficiencies.
 */
export type ChartConfig = Record<
  string,
  {
    /** The series name people read. */
    label: string;
    /** Any CSS colour; a palette colour by default (`var(--nx-color-chart-categorical-<n>)`). */
    color?: string;
  }
>;

type Datum = Record<string, unknown>;

const PALETTE_SIZE = 8;

/** The CSS variable a series' colour is read from inside a `ChartContainer`. */
export function chartColor(key: string): string {
  return `var(--nx-chart-${key.replace(/[^a-zA-Z0-9_-]/g, "_")})`;
}

function seriesStyle(config: ChartConfig): React.CSSProperties {
  const style: Record<string, string> = {};
  Object.entries(config).forEach(([key, series], index) => {
    style[`--nx-chart-${key.replace(/[^a-zA-Z0-9_-]/g, "_")}`] =
      series.color ?? `var(--nx-color-chart-categorical-${(index % PALETTE_SIZE) + 1})`;
  });
  return style as React.CSSProperties;
}

function checkConfig(component: string, config: unknown) {
  if (typeof config !== "object" || config === null || Object.keys(config).length === 0) {
    throw new Error(
      `${component}: \`config\` must name at least one series, e.g. { revenue: { label: "Revenue" } }.`,
    );
  }
  for (const [key, series] of Object.entries(config)) {
    if (typeof series !== "object" || series === null || typeof series.label !== "string") {
      throw new Error(
        `${component}: config.${key} needs a \`label\` (the series name people read).`,
      );
    }
  }
}

const ChartContext = /* @__PURE__ */ React.createContext<ChartConfig | null>(null);

function useChartConfig(part: string): ChartConfig {
  const config = React.useContext(ChartContext);
  if (!config) throw new Error(`${part} must be rendered inside a ChartContainer.`);
  return config;
}

export interface ChartContainerProps extends Omit<React.HTMLAttributes<HTMLElement>, "title"> {
  /** The series: labels and colours, keyed by the data's value keys. */
  config: ChartConfig;
  /** The chart's name, shown above it (or only to screen readers with `hideTitle`). */
  title: string;
  /**
   * Show the title only to screen readers (when a Card header already shows it).
   * @default false
   */
  hideTitle?: boolean;
  /** One sentence on what the chart shows ("Revenue grew 12% from January to June"). */
  description?: string;
  /** The rows drawn: with `indexKey`, also rendered as a visually hidden table for screen readers. */
  data?: Datum[];
  /** The key of each row's label (the x axis or the slice name), for the fallback table. */
  indexKey?: string;
  /**
   * Height of the plot area in px; the width follows the container.
   * @default 240
   */
  height?: number;
  /** The Recharts chart (`<AreaChart>`, `<BarChart>`…) with `responsive`, or a preset's parts. */
  children: React.ReactNode;
}

/**
 * A chart frame: maps each series of `config` to a colour variable (`--nx-chart-<key>`, from the
 * palette by default) that Recharts parts read with `chartColor(key)`, names the chart in a
 * `<figure>`, and gives screen readers the data as a hidden table (the SVG itself is hidden
 * from them).
 */
export const ChartContainer = /* @__PURE__ */ React.forwardRef<HTMLElement, ChartContainerProps>(
  function ChartContainer(
    {
      config,
      title,
      hideTitle = false,
      description,
      data,
      indexKey,
      height = 240,
      className,
      style,
      children,
      ...props
    },
    ref,
  ) {
    checkConfig("ChartContainer", config);
    if (typeof title !== "string" || title.trim() === "") {
      throw new Error(
        "ChartContainer: `title` is required: it names the chart for screen readers.",
      );
    }
    const titleId = React.useId();
    const descriptionId = React.useId();
    return (
      <ChartContext.Provider value={config}>
        <figure
          ref={ref}
          data-slot="chart"
          aria-labelledby={titleId}
          aria-describedby={description ? descriptionId : undefined}
          className={cx("nx-chart", className)}
          style={{ ...seriesStyle(config), ...style }}
          {...props}
        >
          <figcaption id={titleId} className={hideTitle ? "nx-chart__sr-only" : "nx-chart-title"}>
            {title}
          </figcaption>
          {description ? (
            <p id={descriptionId} className="nx-chart__sr-only">
              {description}
            </p>
          ) : null}
          <div className="nx-chart-plot" style={{ height }} aria-hidden="true">
            {children}
          </div>
          {data && indexKey ? (
            <ChartDataTable data={data} indexKey={indexKey} config={config} title={title} />
          ) : null}
        </figure>
      </ChartContext.Provider>
    );
  },
);

function ChartDataTable({
  data,
  indexKey,
  config,
  title,
}: {
  data: Datum[];
  indexKey: string;
  config: ChartConfig;
  title: string;
}) {
  const keys = Object.keys(config);
  return (
    // A table ignores width: 1px, so the hidden box is a div around it.
    <div className="nx-chart__sr-only">
      <table data-slot="chart-data-table">
        <caption>{`${title}: data`}</caption>
        <thead>
          <tr>
            <th scope="col">{indexKey}</th>
            {keys.map((key) => (
              <th key={key} scope="col">
                {config[key]?.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((row, index) => (
            <tr key={index}>
              <th scope="row">{String(row[indexKey] ?? "")}</th>
              {keys.map((key) => (
                <td key={key}>{String(row[key] ?? "")}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export type ChartTooltipContentProps = Partial<TooltipContentProps<number | string, string>> & {
  /** Formats each value (e.g. currency). */
  valueFormatter?: (value: number | string) => string;
  /**
   * Hide the label line (the x value) above the series.
   * @default false
   */
  hideLabel?: boolean;
};

/** The tooltip body in the system's look: the x value, then a swatch, label and value per series. */
export function ChartTooltipContent({
  active,
  payload,
  label,
  valueFormatter = String,
  hideLabel = false,
}: ChartTooltipContentProps) {
  const config = useChartConfig("ChartTooltipContent");
  if (!active || !payload?.length) return null;
  return (
    <div data-slot="chart-tooltip" className="nx-chart-tooltip">
      {hideLabel || label === undefined ? null : (
        <div className="nx-chart-tooltip__label">{String(label)}</div>
      )}
      {payload.map((item) => {
        const key = String(item.dataKey ?? item.name ?? "");
        const name =
          item.payload && typeof item.payload === "object" && "name" in item.payload && !config[key]
            ? String((item.payload as Datum).name)
            : key;
        return (
          <div key={`${key}-${name}`} className="nx-chart-tooltip__item">
            <span
              className="nx-chart-tooltip__swatch"
              style={{
                background: config[name] ? chartColor(name) : (item.color ?? chartColor(key)),
              }}
            />
            <span className="nx-chart-tooltip__name">
              {config[name]?.label ?? config[key]?.label ?? name}
            </span>
            <span className="nx-chart-tooltip__value">
              {item.value === undefined ? "" : valueFormatter(item.value as number | string)}
            </span>
          </div>
        );
      })}
    </div>
  );
}

export interface ChartLegendContentProps {
  /** Given by Recharts' `<Legend content={…}>`. */
  payload?: readonly LegendPayload[];
}

/** The legend in the system's look: a swatch and the series label per series. */
export function ChartLegendContent({ payload }: ChartLegendContentProps) {
  const config = useChartConfig("ChartLegendContent");
  if (!payload?.length) return null;
  return (
    <ul data-slot="chart-legend" className="nx-chart-legend">
      {payload.map((item) => {
        const key = String(item.dataKey ?? item.value ?? "");
        const name = config[key] ? key : String(item.value ?? key);
        return (
          <li key={name} className="nx-chart-legend__item">
            <span
              className="nx-chart-legend__swatch"
              style={{ background: config[name] ? chartColor(name) : item.color }}
            />
            {config[name]?.label ?? name}
          </li>
        );
      })}
    </ul>
  );
}

/** Recharts' `Tooltip` and `Legend`, re-exported: pass `content={<ChartTooltipContent />}`. */
export { Legend as ChartLegend, Tooltip as ChartTooltip };

/* ------------------------------------------------------------------------------------------ */
/* Presets                                                                                     */
/* ------------------------------------------------------------------------------------------ */

interface PresetProps {
  /** The rows drawn. */
  data: Datum[];
  /** The series: labels and colours, keyed by the rows' value keys. */
  config: ChartConfig;
  /** The key of each row's label (the x axis, or the slice name of a pie). */
  indexKey: string;
  /** The chart's name (a `<figcaption>`; hidden with `hideTitle`). */
  title: string;
  /** @default false */
  hideTitle?: boolean;
  /** One sentence on what the chart shows, for screen readers. */
  description?: string;
  /** @default 240 */
  height?: number;
  /** Formats values in the tooltip and the y axis. */
  valueFormatter?: (value: number | string) => string;
  /**
   * Show the legend under the chart.
   * @default true when there is more than one series
   */
  showLegend?: boolean;
  className?: string;
}

const axisProps = {
  stroke: "var(--nx-color-chart-grid)",
  tick: { fill: "var(--nx-color-chart-axis)", fontSize: 12 },
  tickLine: false,
  axisLine: false,
} as const;

function cartesianParts(props: PresetProps) {
  const legend = props.showLegend ?? Object.keys(props.config).length > 1;
  return (
    <>
      <CartesianGrid vertical={false} stroke="var(--nx-color-chart-grid)" />
      <XAxis dataKey={props.indexKey} {...axisProps} tickMargin={8} />
      <YAxis
        {...axisProps}
        width={48}
        tickFormatter={props.valueFormatter as ((value: unknown) => string) | undefined}
      />
      <Tooltip
        cursor={{ fill: "var(--nx-color-muted)", stroke: "var(--nx-color-border)" }}
        content={<ChartTooltipContent valueFormatter={props.valueFormatter} />}
        isAnimationActive={false}
      />
      {legend ? <Legend content={<ChartLegendContent />} /> : null}
    </>
  );
}

function Frame({ props, children }: { props: PresetProps; children: React.ReactNode }) {
  return (
    <ChartContainer
      config={props.config}
      title={props.title}
      hideTitle={props.hideTitle}
      description={props.description}
      data={props.data}
      indexKey={props.indexKey}
      height={props.height}
      className={props.className}
    >
      {children}
    </ChartContainer>
  );
}

const chartStyle = { width: "100%", height: "100%" } as const;

export interface ChartAreaProps extends PresetProps {
  /**
   * Stack the series on top of each other.
   * @default false
   */
  stacked?: boolean;
}

/** An area chart: one filled area per series of `config`. */
export function ChartArea(props: ChartAreaProps) {
  return (
    <Frame props={props}>
      <AreaChart data={props.data} responsive style={chartStyle} accessibilityLayer={false}>
        {cartesianParts(props)}
        {Object.keys(props.config).map((key) => (
          <Area
            key={key}
            dataKey={key}
            name={key}
            type="monotone"
            stackId={props.stacked ? "stack" : undefined}
            stroke={chartColor(key)}
            fill={chartColor(key)}
            fillOpacity={0.25}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </Frame>
  );
}

export interface ChartBarProps extends PresetProps {
  /**
   * Stack the series in one bar per row instead of grouping them side by side.
   * @default false
   */
  stacked?: boolean;
  /**
   * `horizontal` draws bars from the start edge (long labels); `vertical` from the bottom.
   * @default "vertical"
   */
  orientation?: "vertical" | "horizontal";
}

/** A bar chart: grouped (side by side) or `stacked` bars, one per series of `config`. */
export function ChartBar(props: ChartBarProps) {
  const keys = Object.keys(props.config);
  const horizontal = props.orientation === "horizontal";
  const legend = props.showLegend ?? keys.length > 1;
  return (
    <Frame props={props}>
      <BarChart
        data={props.data}
        responsive
        style={chartStyle}
        layout={horizontal ? "vertical" : "horizontal"}
        accessibilityLayer={false}
      >
        {horizontal ? (
          <>
            <CartesianGrid horizontal={false} stroke="var(--nx-color-chart-grid)" />
            <XAxis
              type="number"
              {...axisProps}
              tickFormatter={props.valueFormatter as ((value: unknown) => string) | undefined}
            />
            <YAxis type="category" dataKey={props.indexKey} {...axisProps} width={96} />
            <Tooltip
              cursor={{ fill: "var(--nx-color-muted)" }}
              content={<ChartTooltipContent valueFormatter={props.valueFormatter} />}
              isAnimationActive={false}
            />
            {legend ? <Legend content={<ChartLegendContent />} /> : null}
          </>
        ) : (
          cartesianParts(props)
        )}
        {keys.map((key, index) => (
          <Bar
            key={key}
            dataKey={key}
            name={key}
            stackId={props.stacked ? "stack" : undefined}
            fill={chartColor(key)}
            radius={
              props.stacked && index < keys.length - 1
                ? 0
                : horizontal
                  ? [0, 4, 4, 0]
                  : [4, 4, 0, 0]
            }
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </Frame>
  );
}

/** A line chart: one line per series of `config`, with dots on the data points. */
export function ChartLine(props: PresetProps) {
  return (
    <Frame props={props}>
      <LineChart data={props.data} responsive style={chartStyle} accessibilityLayer={false}>
        {cartesianParts(props)}
        {Object.keys(props.config).map((key) => (
          <Line
            key={key}
            dataKey={key}
            name={key}
            type="monotone"
            stroke={chartColor(key)}
            strokeWidth={2}
            dot={{ r: 3, fill: chartColor(key) }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </Frame>
  );
}

export interface ChartPieProps extends Omit<PresetProps, "config"> {
  /** One entry per slice, keyed by the slice names in `data[indexKey]`. */
  config: ChartConfig;
  /** The key of each row's value. */
  valueKey: string;
  /**
   * `donut` leaves a hole in the middle (for a total, with `children`).
   * @default "pie"
   */
  variant?: "pie" | "donut";
  /** Shown in the donut's hole (e.g. the total). */
  children?: React.ReactNode;
}

/** A pie or donut chart: one slice per row, coloured by the slice's entry in `config`. */
export function ChartPie(props: ChartPieProps) {
  const legend = props.showLegend ?? true;
  const donut = props.variant === "donut";
  for (const row of props.data) {
    const name = String(row[props.indexKey]);
    if (!props.config[name]) {
      throw new Error(
        `ChartPie: the slice "${name}" has no entry in \`config\`; add config["${name}"] = { label }.`,
      );
    }
  }
  return (
    <Frame props={{ ...props, config: props.config }}>
      <div className="nx-chart-pie">
        <PieChart responsive style={chartStyle} accessibilityLayer={false}>
          <Tooltip
            content={<ChartTooltipContent valueFormatter={props.valueFormatter} hideLabel />}
            isAnimationActive={false}
          />
          <Pie
            data={props.data}
            dataKey={props.valueKey}
            nameKey={props.indexKey}
            innerRadius={donut ? "60%" : 0}
            outerRadius="85%"
            // The drawing is hidden from assistive technology; the fallback table carries the data.
            rootTabIndex={-1}
            stroke="var(--nx-color-chart-surface)"
            strokeWidth={2}
            isAnimationActive={false}
          >
            {props.data.map((row) => (
              <Cell
                key={String(row[props.indexKey])}
                fill={chartColor(String(row[props.indexKey]))}
              />
            ))}
          </Pie>
          {legend ? <Legend content={<ChartLegendContent />} /> : null}
        </PieChart>
        {donut && props.children ? (
          <div className="nx-chart-pie__center">{props.children}</div>
        ) : null}
      </div>
    </Frame>
  );
}

export interface SparklineProps extends Omit<React.HTMLAttributes<HTMLSpanElement>, "children"> {
  /** The values, oldest first. */
  data: number[];
  /**
   * What the line says, read by screen readers instead of the drawing (e.g. "Revenue, last 12
   * weeks: rising from 12k to 18k").
   */
  "aria-label": string;
  /**
   * Any CSS colour.
   * @default "var(--nx-color-chart-categorical-1)"
   */
  color?: string;
  /**
   * Height in px; the width follows the container.
   * @default 32
   */
  height?: number;
  /**
   * Fill the area under the line.
   * @default true
   */
  filled?: boolean;
}

/** A small line with no axes, for a trend next to a number (a Stat's `sparkline` slot). */
export const Sparkline = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, SparklineProps>(
  function Sparkline(
    {
      data,
      color = "var(--nx-color-chart-categorical-1)",
      height = 32,
      filled = true,
      className,
      style,
      ...props
    },
    ref,
  ) {
    if (
      !Array.isArray(data) ||
      data.some((value) => typeof value !== "number" || Number.isNaN(value))
    ) {
      throw new Error("Sparkline: `data` must be an array of numbers.");
    }
    if (!props["aria-label"]) {
      throw new Error("Sparkline: `aria-label` is required: say what the trend shows.");
    }
    const rows = data.map((value, index) => ({ index, value }));
    return (
      <span
        ref={ref}
        role="img"
        data-slot="sparkline"
        className={cx("nx-sparkline", className)}
        style={{ height, ...style }}
        {...props}
      >
        <AreaChart
          data={rows}
          responsive
          style={chartStyle}
          margin={{ top: 2, right: 2, bottom: 2, left: 2 }}
          accessibilityLayer={false}
        >
          <Area
            dataKey="value"
            type="monotone"
            stroke={color}
            strokeWidth={1.5}
            fill={color}
            fillOpacity={filled ? 0.15 : 0}
            isAnimationActive={false}
            dot={false}
          />
        </AreaChart>
      </span>
    );
  },
);
