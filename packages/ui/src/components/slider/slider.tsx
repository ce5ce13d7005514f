"use client";

import { useDirection } from "@radix-ui/react-direction";
import * as SliderPrimitive from "@radix-ui/react-slider";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md", orientation: "horizontal" } as const;

/** Class names of a Slider's looks (styles: slider.css). */
export const sliderVariants = /* @__PURE__ */ cva("nx-slider", {
  variants: {
    /**
     * Track thickness and thumb size.
     * @default "md"
     */
    size: {
      sm: "nx-slider--sm",
      md: "nx-slider--md",
    },
    /**
     * `horizontal`: the track runs along the line, the minimum at the inline start.
     * `vertical`: the track runs upwards (the minimum at the bottom); give it a height with
     * `className` (default 10rem).
     * @default "horizontal"
     */
    orientation: {
      horizontal: "nx-slider--horizontal",
      vertical: "nx-slider--vertical",
    },
  },
  defaultVariants: defaults,
});

/** A labelled point on the track. */
export interface SliderMark {
  /** Where the mark sits, between `min` and `max`. */
  value: number;
  /** Text under the mark (beside it when vertical). Without one, only a tick is drawn. */
  label?: React.ReactNode;
}

export interface SliderProps
  extends
    Omit<
      React.HTMLAttributes<HTMLDivElement>,
      "defaultValue" | "dir" | "onChange" | "aria-valuetext"
    >,
    VariantProps<typeof sliderVariants> {
  /**
   * The values when controlled: one number for a single thumb, two (or more) for a range with
   * a thumb each.
   */
  value?: number[];
  /**
   * The values on first render when uncontrolled; their count sets the number of thumbs.
   * @default [min]
   */
  defaultValue?: number[];
  /** Called with the new values while the user drags or presses keys. */
  onValueChange?: (value: number[]) => void;
  /** Called with the values when the user lets go (pointer up or each key press). */
  onValueCommit?: (value: number[]) => void;
  /**
   * The lowest value.
   * @default 0
   */
  min?: number;
  /**
   * The highest value.
   * @default 100
   */
  max?: number;
  /**
   * The distance between allowed values; arrow keys move by it, PageUp/PageDown and
   * Shift+arrows by ten of it.
   * @default 1
   */
  step?: number;
  /**
   * Steps the thumbs of a range keep between them.
   * @default 0
   */
  minStepsBetweenThumbs?: number;
  /**
   * Not focusable and not movable.
   * @default false
   */
  disabled?: boolean;
  /**
   * Submits each thumb's value with the owning form under this name: one entry per thumb,
   * in order (`formData.getAll(name)` for a range).
   */
  name?: string;
  /** The id of the `<form>` the values belong to, when the slider is outside it. */
  form?: string;
  /**
   * The accessible name of each thumb, in order (`["Minimum price", "Maximum price"]`). Needed
   * for a range: a screen reader must tell the thumbs apart. Inside a `Field`, each thumb is
   * named by the Field's label followed by its own.
   * @default ["Minimum", "Maximum"] for two thumbs
   */
  thumbLabels?: string[];
  /** Ticks (with optional labels) along the track, for example at each allowed value. */
  marks?: SliderMark[];
  /**
   * Shows the current value (a range as "min – max") at the end of the track, formatted with
   * `format`.
   * @default false
   */
  showValue?: boolean;
  /**
   * How values are written in the value display and read out by screen readers
   * (`aria-valuetext`): `{ style: "currency", currency: "EUR" }`, `{ style: "percent" }`,
   * `{ style: "unit", unit: "kilometer" }`…
   */
  format?: Intl.NumberFormatOptions;
  /**
   * The locale of `format`.
   * @default the runtime's locale
   */
  locale?: string;
  /** Sets the error look on the thumbs and range; Field sets it from its `error`. */
  "aria-invalid"?: React.AriaAttributes["aria-invalid"];
}

function defaultThumbLabel(index: number, count: number) {
  if (count === 2) return index === 0 ? "Minimum" : "Maximum";
  return count > 2 ? `Value ${index + 1} of ${count}` : undefined;
}

function checkProps(min: number, max: number, count: number, props: SliderProps) {
  if (!(min < max)) {
    throw new Error(`Slider: min (${min}) must be lower than max (${max}).`);
  }
  if (count === 0) {
    throw new Error("Slider: value/defaultValue is empty; give one number per thumb.");
  }
  if (props.thumbLabels && props.thumbLabels.length !== count) {
    throw new Error(
      `Slider: thumbLabels has ${props.thumbLabels.length} names for ${count} thumbs; give one per value.`,
    );
  }
  const outside = props.marks?.find((mark) => mark.value < min || mark.value > max);
  if (outside) {
    throw new Error(`Slider: the mark at ${outside.value} lies outside min–max (${min}–${max}).`);
  }
}

const subscribeNothing = () => () => {};

/**
 * `false` on the server and while hydrating, `true` from then on (and at once in a render that
 * does not hydrate).
 */
function useHydrated() {
  return React.useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

interface StaticThumbProps extends React.HTMLAttributes<HTMLSpanElement> {
  value: number;
  min: number;
  max: number;
  orientation: "horizontal" | "vertical";
  disabled: boolean;
  name?: string;
  form?: string;
}

/**
 * A thumb as Radix renders it once mounted, for the server HTML: Radix finds a thumb's index
 * (and so its value) from the DOM, so before hydration its thumbs are hidden at 0% and its
 * inputs have no value. This one sits at its value, names it for assistive technology and
 * submits it with a plain form; after hydration the Radix thumb replaces it in place.
 */
function StaticThumb({
  value,
  min,
  max,
  orientation,
  disabled,
  name,
  form,
  ...thumbProps
}: StaticThumbProps) {
  const dir = useDirection();
  const percent = ((value - min) / (max - min)) * 100;
  // Radix's edges and its "keep the thumb inside the track" offset, with the thumb's size from
  // CSS (`--nx-slider-thumb`) instead of a measurement.
  const fromStart = orientation === "vertical" || dir !== "rtl";
  const edge = orientation === "vertical" ? "bottom" : fromStart ? "left" : "right";
  const inBounds = fromStart
    ? `var(--nx-slider-thumb) / 2 * ${(50 - percent) / 50}`
    : `var(--nx-slider-thumb) / -2 * ${(50 + percent) / 50}`;
  return (
    <>
      <span
        style={{
          transform: "var(--radix-slider-thumb-transform)",
          position: "absolute",
          [edge]: `calc(${percent}% + ${inBounds})`,
        }}
      >
        <span
          role="slider"
          aria-valuemin={min}
          aria-valuenow={value}
          aria-valuemax={max}
          aria-orientation={orientation}
          data-orientation={orientation}
          data-disabled={disabled ? "" : undefined}
          tabIndex={disabled ? undefined : 0}
          {...thumbProps}
        />
      </span>
      {name !== undefined && (
        <input type="hidden" name={name} value={value} form={form} disabled={disabled} />
      )}
    </>
  );
}

/**
 * Picks a number (one thumb) or a range (two thumbs) by dragging along a track or with the
 * arrow keys, Home/End and PageUp/PageDown. Marks label points on the track; `showValue` prints
 * the value and `format` writes it as a currency, percentage or unit. Wrap it in a `Field`, or
 * name it with `aria-label`; name the thumbs of a range with `thumbLabels`.
 */
export const Slider = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SliderProps>(function Slider(
  {
    className,
    size,
    orientation,
    value: valueProp,
    defaultValue,
    onValueChange,
    onValueCommit,
    min = 0,
    max = 100,
    step = 1,
    minStepsBetweenThumbs,
    disabled = false,
    name,
    form,
    thumbLabels,
    marks,
    showValue = false,
    format,
    locale,
    id,
    "aria-label": ariaLabel,
    "aria-labelledby": ariaLabelledBy,
    "aria-describedby": ariaDescribedBy,
    "aria-invalid": ariaInvalid,
    "aria-required": _ariaRequired, // a slider always has a value: nothing to require
    ...props
  },
  ref,
) {
  const hydrated = useHydrated();
  const [uncontrolled, setUncontrolled] = React.useState(defaultValue ?? [min]);
  const values = valueProp ?? uncontrolled;
  checkProps(min, max, values.length, { thumbLabels, marks });

  const generatedId = React.useId();
  const baseId = id ?? generatedId;
  const resolvedOrientation = orientation ?? defaults.orientation;
  const invalid = ariaInvalid === true || ariaInvalid === "true";
  const formatter = React.useMemo(
    () => (format ? new Intl.NumberFormat(locale, format) : undefined),
    [format, locale],
  );
  const formatValue = (value: number) => (formatter ? formatter.format(value) : String(value));

  // The filled part of the track: from min to a single thumb, or between a range's thumbs.
  const rangeStart = values.length > 1 ? Math.min(...values) : min;
  const rangeEnd = Math.max(...values);

  const handleValueChange = (next: number[]) => {
    if (valueProp === undefined) setUncontrolled(next);
    onValueChange?.(next);
  };

  return (
    <div
      ref={ref}
      data-slot="slider"
      data-size={size ?? defaults.size}
      data-orientation={resolvedOrientation}
      data-disabled={disabled || undefined}
      data-invalid={invalid || undefined}
      data-marks={
        marks?.length
          ? marks.some((mark) => mark.label != null)
            ? "labelled"
            : "ticks"
          : undefined
      }
      {...props}
      className={cx(sliderVariants({ size, orientation }), className)}
    >
      <SliderPrimitive.Root
        data-slot="slider-control"
        className="nx-slider-control"
        value={values}
        onValueChange={handleValueChange}
        onValueCommit={onValueCommit}
        min={min}
        max={max}
        step={step}
        minStepsBetweenThumbs={minStepsBetweenThumbs}
        orientation={resolvedOrientation}
        disabled={disabled}
        form={form}
      >
        <SliderPrimitive.Track data-slot="slider-track" className="nx-slider-track">
          <SliderPrimitive.Range data-slot="slider-range" className="nx-slider-range" />
        </SliderPrimitive.Track>
        {marks && marks.length > 0 && (
          <span data-slot="slider-marks" className="nx-slider-marks" aria-hidden="true">
            {marks.map((mark) => (
              <span
                key={mark.value}
                data-slot="slider-mark"
                data-in-range={mark.value >= rangeStart && mark.value <= rangeEnd ? "" : undefined}
                className="nx-slider-mark"
                style={
                  {
                    "--nx-slider-mark-percent": ((mark.value - min) / (max - min)) * 100,
                  } as React.CSSProperties
                }
              >
                <span className="nx-slider-mark__tick" />
                {mark.label != null && <span className="nx-slider-mark__label">{mark.label}</span>}
              </span>
            ))}
          </span>
        )}
        {values.map((value, index) => {
          const thumbId = index === 0 ? baseId : `${baseId}-thumb-${index + 1}`;
          const fallbackLabel = defaultThumbLabel(index, values.length);
          const thumbLabel =
            thumbLabels?.[index] ??
            (fallbackLabel && ariaLabel && !ariaLabelledBy
              ? `${ariaLabel} ${fallbackLabel.toLowerCase()}`
              : fallbackLabel);
          // Inside a Field: "Price" + "Minimum price" (the thumb names itself with its aria-label).
          const labelledBy = ariaLabelledBy
            ? thumbLabel
              ? `${ariaLabelledBy} ${thumbId}`
              : ariaLabelledBy
            : undefined;
          const thumbProps = {
            id: thumbId,
            "data-slot": "slider-thumb",
            className: "nx-slider-thumb nx-focus-ring",
            "aria-label": thumbLabel ?? ariaLabel,
            "aria-labelledby": labelledBy,
            "aria-describedby": ariaDescribedBy,
            "aria-invalid": invalid || undefined,
            "aria-valuetext": formatter ? formatValue(value) : undefined,
          };
          // Thumbs are positional: their index is their identity.
          return hydrated ? (
            <SliderPrimitive.Thumb key={index} name={name} {...thumbProps} />
          ) : (
            <StaticThumb
              key={index}
              value={value}
              min={min}
              max={max}
              orientation={resolvedOrientation}
              disabled={disabled}
              name={name}
              form={form}
              {...thumbProps}
            />
          );
        })}
      </SliderPrimitive.Root>
      {showValue && (
        // The thumbs announce their values; this is the same text for the eye.
        <span data-slot="slider-value" className="nx-slider-value" aria-hidden="true">
          {values.map(formatValue).join(" – ")}
        </span>
      )}
    </div>
  );
});
