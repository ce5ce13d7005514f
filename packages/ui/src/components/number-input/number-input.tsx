"use client";

import { NumberField } from "@base-ui/react/number-field";
import { ChevronDownIcon, ChevronUpIcon, MinusIcon, PlusIcon } from "@nexod/icons";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md", stepper: "chevrons" } as const;

/** Class names of a NumberInput's box (styles: number-input.css). */
export const numberInputVariants = /* @__PURE__ */ cva("nx-number-input nx-field-box", {
  variants: {
    /**
     * Height, padding and type size; the same steps as Input and Button.
     * @default "md"
     */
    size: {
      sm: "nx-number-input--sm nx-field-box--sm",
      md: "nx-number-input--md nx-field-box--md",
      lg: "nx-number-input--lg nx-field-box--lg",
    },
    /**
     * The step buttons: `chevrons` stacked at the end (compact, for forms), `plus-minus` on
     * either side (quantities, touch), or `none` (keyboard and typing only). They are never
     * tab stops: the keyboard steps with the arrow keys.
     * @default "chevrons"
     */
    stepper: {
      chevrons: "nx-number-input--chevrons",
      "plus-minus": "nx-number-input--plus-minus",
      none: "nx-number-input--no-stepper",
    },
  },
  defaultVariants: defaults,
});

export interface NumberInputProps
  extends
    Omit<
      React.InputHTMLAttributes<HTMLInputElement>,
      "value" | "defaultValue" | "onChange" | "size" | "type" | "min" | "max" | "step"
    >,
    VariantProps<typeof numberInputVariants> {
  /** The number when controlled; `null` when the field is empty. */
  value?: number | null;
  /** The number on first render when uncontrolled. Empty when not given. */
  defaultValue?: number;
  /** Called with the number (or `null` when cleared) as the user types, steps or scrolls. */
  onValueChange?: (value: number | null) => void;
  /** Called with the number when the user is done: on blur after typing, on each step. */
  onValueCommit?: (value: number | null) => void;
  /** The lowest value; stepping stops at it and a typed value is clamped to it on blur. */
  min?: number;
  /** The highest value; stepping stops at it and a typed value is clamped to it on blur. */
  max?: number;
  /**
   * The amount the arrow keys and buttons add or take away.
   * @default 1
   */
  step?: number;
  /**
   * The amount Shift+arrow, Shift+click, PageUp and PageDown add or take away.
   * @default 10
   */
  largeStep?: number;
  /**
   * The amount Alt+arrow adds or takes away.
   * @default 0.1
   */
  smallStep?: number;
  /**
   * How the number is written, as `Intl.NumberFormat` options:
   * `{ style: "currency", currency: "EUR" }`, `{ style: "percent" }` (0.25 shows as 25 %),
   * `{ style: "unit", unit: "kilogram" }`, `{ maximumFractionDigits: 2 }`. The form still
   * submits the plain number.
   */
  format?: Intl.NumberFormatOptions;
  /**
   * The locale for `format` and for parsing what the user types ("1.234,5" in `de-DE`).
   * @default the runtime's locale
   */
  locale?: string;
  /**
   * Scrolling the mouse wheel over the focused field steps the value. Off by default: a page
   * scroll that passes over the field must not change a number.
   * @default false
   */
  allowWheelScrub?: boolean;
  /**
   * Stepping snaps to a multiple of the step (2.3 + 1 gives 3, not 3.3).
   * @default false
   */
  snapOnStep?: boolean;
  /**
   * The accessible name of the increase button, for other languages.
   * @default "Increase"
   */
  incrementLabel?: string;
  /**
   * The accessible name of the decrease button, for other languages.
   * @default "Decrease"
   */
  decrementLabel?: string;
  /**
   * Not focusable and not editable.
   * @default false
   */
  disabled?: boolean;
  /**
   * Focusable and readable, not editable.
   * @default false
   */
  readOnly?: boolean;
  /** Submits the plain number (`1234.5`, not "€1,234.50") with the owning form under this name. */
  name?: string;
}

/** Steps by the large step, as Shift+arrow does: the APG spinbutton's PageUp/PageDown. */
function handlePageKeys(event: React.KeyboardEvent<HTMLInputElement>) {
  if (event.key !== "PageUp" && event.key !== "PageDown") return;
  event.preventDefault();
  event.currentTarget.dispatchEvent(
    new KeyboardEvent("keydown", {
      key: event.key === "PageUp" ? "ArrowUp" : "ArrowDown",
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    }),
  );
}

/**
 * A field for a number: typed in the user's locale, formatted as a currency, percentage or unit,
 * stepped with the arrow keys (Shift or PageUp/PageDown for large steps, Home/End to min/max) or
 * the step buttons, and clamped to `min`/`max`. Looks like `Input`; wrap it in a `Field`. The
 * ref is the text input; `className` goes on the box around it.
 */
export const NumberInput = /* @__PURE__ */ React.forwardRef<HTMLInputElement, NumberInputProps>(
  function NumberInput(
    {
      className,
      style,
      size,
      stepper,
      value,
      defaultValue,
      onValueChange,
      onValueCommit,
      min,
      max,
      step = 1,
      largeStep = 10,
      smallStep = 0.1,
      format,
      locale,
      allowWheelScrub = false,
      snapOnStep = false,
      incrementLabel = "Increase",
      decrementLabel = "Decrease",
      disabled = false,
      readOnly = false,
      required = false,
      name,
      form,
      id,
      onKeyDown,
      ...inputProps
    },
    ref,
  ) {
    if (min !== undefined && max !== undefined && min > max) {
      throw new Error(`NumberInput: min (${min}) is greater than max (${max}).`);
    }
    const resolvedStepper = stepper ?? defaults.stepper;
    const invalid = inputProps["aria-invalid"] === true || inputProps["aria-invalid"] === "true";
    const glyph = { className: "nx-number-input__icon", strokeWidth: 2.5 };

    const decrement = (
      <NumberField.Decrement
        data-slot="number-input-decrement"
        className="nx-number-input-button nx-hover-tint nx-number-input-button--decrement"
        aria-label={decrementLabel}
      >
        {resolvedStepper === "plus-minus" ? (
          <MinusIcon {...glyph} />
        ) : (
          <ChevronDownIcon {...glyph} />
        )}
      </NumberField.Decrement>
    );
    const increment = (
      <NumberField.Increment
        data-slot="number-input-increment"
        className="nx-number-input-button nx-hover-tint nx-number-input-button--increment"
        aria-label={incrementLabel}
      >
        {resolvedStepper === "plus-minus" ? <PlusIcon {...glyph} /> : <ChevronUpIcon {...glyph} />}
      </NumberField.Increment>
    );

    return (
      <NumberField.Root
        data-slot="number-input"
        data-size={size ?? defaults.size}
        data-stepper={resolvedStepper}
        data-invalid={invalid || undefined}
        className={cx(numberInputVariants({ size, stepper }), className)}
        style={style}
        id={id}
        value={value}
        defaultValue={defaultValue}
        onValueChange={onValueChange ? (next) => onValueChange(next) : undefined}
        onValueCommitted={onValueCommit ? (next) => onValueCommit(next) : undefined}
        min={min}
        max={max}
        step={step}
        largeStep={largeStep}
        smallStep={smallStep}
        format={format}
        locale={locale}
        allowWheelScrub={allowWheelScrub}
        snapOnStep={snapOnStep}
        disabled={disabled}
        readOnly={readOnly}
        required={required}
        name={name}
        form={form}
      >
        {resolvedStepper === "plus-minus" && decrement}
        <NumberField.Input
          ref={ref}
          data-slot="number-input-field"
          className="nx-number-input-field nx-field-box__input"
          {...inputProps}
          onKeyDown={(event) => {
            onKeyDown?.(event);
            if (!event.defaultPrevented && !readOnly) handlePageKeys(event);
          }}
          // The APG spinbutton: screen readers announce the number and its bounds.
          render={(props, state) => (
            <input
              {...props}
              role="spinbutton"
              aria-valuenow={state.value ?? undefined}
              aria-valuetext={state.value === null ? undefined : state.inputValue}
              aria-valuemin={min}
              aria-valuemax={max}
            />
          )}
        />
        {resolvedStepper === "plus-minus" && increment}
        {resolvedStepper === "chevrons" && (
          <span data-slot="number-input-steppers" className="nx-number-input-steppers">
            {increment}
            {decrement}
          </span>
        )}
      </NumberField.Root>
    );
  },
);
