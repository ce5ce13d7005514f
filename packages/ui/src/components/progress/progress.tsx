import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { shape: "linear", size: "md", variant: "primary", max: 100 } as const;

/** Class names of a progress indicator's looks (styles: progress.css). */
export const progressVariants = /* @__PURE__ */ cva("nx-progress", {
  variants: {
    /**
     * `linear`: a bar that fills from the inline start, for uploads and steps in a page or a
     * card; `circular`: a ring that fills clockwise, for a compact place (a table cell, beside
     * a file name).
     * @default "linear"
     */
    shape: {
      linear: "nx-progress--linear",
      circular: "nx-progress--circular",
    },
    /**
     * Bar height (4, 8, 12px) or ring diameter (16, 24, 40px).
     * @default "md"
     */
    size: {
      sm: "nx-progress--sm",
      md: "nx-progress--md",
      lg: "nx-progress--lg",
    },
    /**
     * Colour of the filled part: `primary` while working, `success` when done, `warning` when
     * close to a limit (storage), `destructive` when it failed or is over the limit.
     * @default "primary"
     */
    variant: {
      primary: "nx-progress--primary",
      success: "nx-progress--success",
      warning: "nx-progress--warning",
      destructive: "nx-progress--destructive",
    },
  },
  defaultVariants: { shape: defaults.shape, size: defaults.size, variant: defaults.variant },
});

/** The default value text: the share of `max` in whole percent. */
export function percentLabel(value: number, max: number): string {
  return `${Math.round((value / max) * 100)}%`;
}

export interface ProgressProps
  extends
    Omit<React.HTMLAttributes<HTMLDivElement>, "children">,
    VariantProps<typeof progressVariants> {
  /**
   * How much is done, from 0 to `max`. `null` (or leaving it out) makes the indicator
   * indeterminate: it says "working" without a measure. A value outside 0–`max` throws.
   * @default null
   */
  value?: number | null;
  /**
   * The value that means done.
   * @default 100
   */
  max?: number;
  /**
   * What is progressing, shown above the bar (beside the ring) and used as the accessible
   * name when it is a string. Without it, pass `aria-label` or `aria-labelledby`.
   */
  label?: React.ReactNode;
  /**
   * Show the value text (from `getValueLabel`) beside the label.
   * @default false
   */
  showValue?: boolean;
  /**
   * Turns the value into the text shown and read (`aria-valuetext`): "3 of 8 files",
   * "1.2 of 5 GB".
   * @default percentLabel: "40%"
   */
  getValueLabel?: (value: number, max: number) => string;
}

function checkRange(value: number | null, max: number) {
  if (!(Number.isFinite(max) && max > 0)) {
    throw new Error(`Progress: max must be a number above 0; got ${JSON.stringify(max)}.`);
  }
  if (value !== null && !(Number.isFinite(value) && value >= 0 && value <= max)) {
    throw new Error(
      `Progress: value must be a number from 0 to max (${max}), or null while the amount is unknown; got ${JSON.stringify(value)}.`,
    );
  }
}

/**
 * A progress indicator, linear or circular, determinate or indeterminate: `role="progressbar"`
 * with `aria-valuenow`/`min`/`max`/`valuetext`. The indeterminate animation runs only without
 * reduced motion. Server component: ships no client JavaScript.
 */
export const Progress = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ProgressProps>(
  function Progress(
    {
      className,
      shape,
      size,
      variant,
      value = null,
      max = defaults.max,
      label,
      showValue = false,
      getValueLabel = percentLabel,
      ...props
    },
    ref,
  ) {
    checkRange(value, max);
    const indeterminate = value === null;
    const percent = indeterminate ? 0 : (value / max) * 100;
    const valueText = indeterminate ? undefined : getValueLabel(value, max);
    const state = indeterminate ? "indeterminate" : value === max ? "complete" : "loading";
    const circular = (shape ?? defaults.shape) === "circular";
    const text =
      label !== undefined || (showValue && valueText !== undefined) ? (
        <span className="nx-progress__text">
          {label !== undefined ? <span className="nx-progress__label">{label}</span> : null}
          {showValue && valueText !== undefined ? (
            <span className="nx-progress__value">{valueText}</span>
          ) : null}
        </span>
      ) : null;
    return (
      <div
        ref={ref}
        role="progressbar"
        aria-label={typeof label === "string" ? label : undefined}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={indeterminate ? undefined : value}
        aria-valuetext={valueText}
        data-slot="progress"
        data-state={state}
        data-shape={shape ?? defaults.shape}
        data-value={indeterminate ? undefined : value}
        data-max={max}
        className={cx(progressVariants({ shape, size, variant }), className)}
        {...props}
      >
        {circular ? null : text}
        {circular ? (
          <svg className="nx-progress__ring" viewBox="0 0 24 24" aria-hidden="true">
            <circle className="nx-progress__ring-track" cx="12" cy="12" r="10" pathLength={100} />
            <circle
              className="nx-progress__ring-indicator"
              cx="12"
              cy="12"
              r="10"
              pathLength={100}
              style={indeterminate ? undefined : { strokeDashoffset: 100 - percent }}
            />
          </svg>
        ) : (
          <div className="nx-progress__track">
            <div
              className="nx-progress__indicator"
              style={indeterminate ? undefined : { inlineSize: `${percent}%` }}
            />
          </div>
        )}
        {circular ? text : null}
      </div>
    );
  },
);
