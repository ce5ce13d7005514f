import { ClockIcon } from "@nexod/icons";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { inputVariants } from "../input/input";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a TimeField's wrapper (styles: time-field.css). */
export const timeFieldVariants = /* @__PURE__ */ cva("nx-time-field", {
  variants: {
    /**
     * Height, padding and type size: the same steps as Input and Button.
     * @default "md"
     */
    size: {
      sm: "nx-time-field--sm",
      md: "nx-time-field--md",
      lg: "nx-time-field--lg",
    },
  },
  defaultVariants: { size: defaults.size },
});

const timePattern = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/;

function checkTime(prop: string, time: string | undefined) {
  if (time !== undefined && time !== "" && !timePattern.test(time)) {
    throw new RangeError(
      `TimeField: \`${prop}\` must be a 24-hour time "HH:mm" or "HH:mm:ss", got "${time}".`,
    );
  }
}

export interface TimeFieldProps
  extends
    Omit<
      React.InputHTMLAttributes<HTMLInputElement>,
      "type" | "size" | "value" | "defaultValue" | "min" | "max" | "step"
    >,
    VariantProps<typeof timeFieldVariants> {
  /**
   * The time, 24-hour `"HH:mm"` (`"HH:mm:ss"` with `seconds`), `""` when empty. Use with
   * `onValueChange` to control it. The field shows it in the browser's 12- or 24-hour style.
   */
  value?: string;
  /** The time on first render, when you do not control it. */
  defaultValue?: string;
  /** Called with the new `"HH:mm"` (or `""` while incomplete) as the user edits. */
  onValueChange?: (value: string) => void;
  /**
   * Show and submit seconds (`"HH:mm:ss"`).
   * @default false
   */
  seconds?: boolean;
  /**
   * Minutes between the values the arrows step through (ignored with `seconds`).
   * @default 1
   */
  minuteStep?: number;
  /** The earliest time, `"HH:mm"`; earlier ones fail the browser's validation (`:invalid`). */
  min?: string;
  /** The latest time, `"HH:mm"`. */
  max?: string;
}

/**
 * A time of day: the browser's own `<input type="time">`, styled like `Input`. It works before
 * hydration, is announced and edited as native hour and minute fields, shows 12 or 24 hours as
 * the browser's language does, and submits `"HH:mm"` under `name`. Server component. Use it as
 * a `Field`'s child.
 */
export const TimeField = /* @__PURE__ */ React.forwardRef<HTMLInputElement, TimeFieldProps>(
  function TimeField(
    {
      className,
      style,
      size,
      seconds = false,
      minuteStep = 1,
      onValueChange,
      onChange,
      value,
      defaultValue,
      min,
      max,
      ...props
    },
    ref,
  ) {
    checkTime("value", value);
    checkTime("defaultValue", defaultValue);
    checkTime("min", min);
    checkTime("max", max);
    if (!Number.isInteger(minuteStep) || minuteStep < 1 || minuteStep > 60) {
      throw new RangeError(
        `TimeField: \`minuteStep\` must be a whole number from 1 to 60, got ${minuteStep}.`,
      );
    }
    return (
      <div
        data-slot="time-field"
        data-size={size ?? defaults.size}
        className={cx(timeFieldVariants({ size }), className)}
        style={style}
      >
        <input
          ref={ref}
          type="time"
          data-slot="time-field-input"
          step={seconds ? 1 : minuteStep * 60}
          min={min}
          max={max}
          value={value}
          defaultValue={defaultValue}
          onChange={
            onValueChange
              ? (event) => {
                  onChange?.(event);
                  onValueChange(event.target.value);
                }
              : onChange
          }
          {...props}
          className={cx(inputVariants({ size }), "nx-time-field-input")}
        />
        <ClockIcon size="sm" className="nx-time-field__icon" />
      </div>
    );
  },
);
