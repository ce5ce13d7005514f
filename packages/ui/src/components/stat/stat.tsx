import { ArrowDownIcon, ArrowUpIcon, MinusIcon } from "@nexod/icons";
import { cva, cx } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { direction: "flat", meaning: "neutral" } as const;

/** Class names of a Stat's delta (styles: stat.css). */
export const statDeltaVariants = /* @__PURE__ */ cva("nx-stat-delta", {
  variants: {
    /**
     * Whether the change is good, bad or neither: sets the colour, independent of the direction
     * (fewer errors is down and positive).
     * @default "neutral"
     */
    meaning: {
      positive: "nx-stat-delta--positive",
      negative: "nx-stat-delta--negative",
      neutral: "nx-stat-delta--neutral",
    },
  },
  defaultVariants: { meaning: defaults.meaning },
});

const directions = ["up", "down", "flat"] as const;
const meanings = ["positive", "negative", "neutral"] as const;
const directionWords = { up: "up", down: "down", flat: "unchanged" } as const;
const icons = { up: ArrowUpIcon, down: ArrowDownIcon, flat: MinusIcon } as const;

export interface StatDelta {
  /** The change as people read it: "12%", "+€4,200", "3 fewer". */
  value: React.ReactNode;
  /**
   * Which way the number moved (the arrow).
   * @default "flat"
   */
  direction?: (typeof directions)[number];
  /**
   * Good, bad or neither (the colour), independent of the direction.
   * @default "neutral"
   */
  meaning?: (typeof meanings)[number];
  /** What the change is measured against: "vs last month". */
  period?: React.ReactNode;
}

export interface StatProps extends Omit<React.HTMLAttributes<HTMLDivElement>, "children"> {
  /** What the number is: "Monthly revenue". */
  label: React.ReactNode;
  /** The number, formatted: "€48,200". */
  value: React.ReactNode;
  /** The change since the last period, with its direction and meaning. */
  delta?: StatDelta;
  /** A small chart under the number, e.g. `<Sparkline>` from `@nexod/ui/chart`. */
  sparkline?: React.ReactNode;
  /** A line of context under the number ("Across 12 projects"). */
  description?: React.ReactNode;
}

function checkDelta(delta: StatDelta) {
  if (delta.direction !== undefined && !directions.includes(delta.direction)) {
    throw new Error(
      `Stat: delta.direction must be "up", "down" or "flat" (got ${JSON.stringify(delta.direction)}).`,
    );
  }
  if (delta.meaning !== undefined && !meanings.includes(delta.meaning)) {
    throw new Error(
      `Stat: delta.meaning must be "positive", "negative" or "neutral" (got ${JSON.stringify(delta.meaning)}); the colour says whether the change is good, the arrow which way it went.`,
    );
  }
}

/**
 * A key number in a card: label, value, the change since the last period (an arrow for the
 * direction, a colour for whether it is good) and an optional sparkline. Server component: ships
 * no client JavaScript. The delta is read as one phrase: "up 12% vs last month".
 */
export const Stat = /* @__PURE__ */ React.forwardRef<HTMLDivElement, StatProps>(function Stat(
  { className, label, value, delta, sparkline, description, ...props },
  ref,
) {
  if (delta) checkDelta(delta);
  const direction = delta?.direction ?? defaults.direction;
  const meaning = delta?.meaning ?? defaults.meaning;
  const Icon = icons[direction];
  return (
    <div ref={ref} data-slot="stat" className={cx("nx-stat", className)} {...props}>
      <dl className="nx-stat__list">
        <dt data-slot="stat-label" className="nx-stat-label">
          {label}
        </dt>
        <dd data-slot="stat-value" className="nx-stat-value">
          {value}
        </dd>
        {delta ? (
          <dd
            data-slot="stat-delta"
            data-direction={direction}
            data-meaning={meaning}
            className="nx-stat-delta-row"
          >
            <span className={statDeltaVariants({ meaning })}>
              <Icon aria-hidden className="nx-stat-delta__icon nx-icon-sm" strokeWidth={2.5} />
              <span className="nx-stat__sr-only">{directionWords[direction]} </span>
              {delta.value}
            </span>
            {delta.period ? <span className="nx-stat-delta__period"> {delta.period}</span> : null}
          </dd>
        ) : null}
        {description ? (
          <dd data-slot="stat-description" className="nx-stat-description">
            {description}
          </dd>
        ) : null}
      </dl>
      {sparkline ? (
        <div data-slot="stat-sparkline" className="nx-stat-sparkline">
          {sparkline}
        </div>
      ) : null}
    </div>
  );
});
