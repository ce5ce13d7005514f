"use client";

import { CalendarIcon } from "@nexod/icons";
import * as PopoverPrimitive from "@radix-ui/react-popover";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { isSameDay, startOfDay, type Locale } from "date-fns";
import { enUS } from "date-fns/locale";
import * as React from "react";
import { dateMatchModifiers } from "react-day-picker";
import { Calendar, type CalendarLabels, type DateMatcher } from "../calendar/calendar";
import { inputVariants } from "../input/input";
import { usePortalTheme } from "../theme/theme-context";
import { surfaceClasses } from "../../shared/surface-classes";
import { dateFormat, formatDateInput, parseDateInput, toIsoDate } from "./date-format";

export { dateFormat, formatDateInput, parseDateInput, toIsoDate } from "./date-format";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a DatePicker's control (styles: date-picker.css). */
export const datePickerVariants = /* @__PURE__ */ cva("nx-date-picker", {
  variants: {
    /**
     * Height, padding and type size: the same steps as Input and Button.
     * @default "md"
     */
    size: {
      sm: "nx-date-picker--sm",
      md: "nx-date-picker--md",
      lg: "nx-date-picker--lg",
    },
  },
  defaultVariants: { size: defaults.size },
});

/** Why the typed text is not accepted. */
export interface DatePickerError {
  /** `unparseable`: not a date in the locale's format or ISO; the others: a real but refused day. */
  reason: "unparseable" | "before-min" | "after-max" | "disabled";
  /** The text as typed. */
  text: string;
  /** The format the input expects, for people: `MM/DD/YYYY`. */
  hint: string;
}

/** English messages; pass `formatError` to translate them. */
function defaultErrorMessage(
  error: DatePickerError,
  format: (date: Date) => string,
  min?: Date,
  max?: Date,
) {
  switch (error.reason) {
    case "unparseable":
      return `Enter a date as ${error.hint}.`;
    case "before-min":
      return `Choose a date on or after ${min ? format(min) : ""}.`;
    case "after-max":
      return `Choose a date on or before ${max ? format(max) : ""}.`;
    case "disabled":
      return "This date is not available. Choose another one.";
  }
}

export interface DatePickerProps
  extends
    Omit<
      React.InputHTMLAttributes<HTMLInputElement>,
      "size" | "value" | "defaultValue" | "onChange" | "min" | "max" | "type" | "name"
    >,
    VariantProps<typeof datePickerVariants> {
  /** The chosen day. Use with `onValueChange` to control it; `undefined` is empty. */
  value?: Date | undefined;
  /** The day on first render, when you do not control it. */
  defaultValue?: Date;
  /**
   * Called with a valid day when the user picks one in the calendar or commits typed text
   * (Enter or leaving the field), and with `undefined` when they clear the field. Never called
   * with text that is not a date, out of range or disabled: the field shows the error instead.
   */
  onValueChange?: (value: Date | undefined) => void;
  /**
   * date-fns locale: the typed format (`MM/DD/YYYY` in en-US, `DD.MM.YYYY` in de), month and
   * day names and the week's first day. ISO `2026-03-03` is accepted in every locale.
   * @default enUS
   */
  locale?: Locale;
  /** The earliest day accepted, typed or picked. */
  min?: Date;
  /** The latest day accepted, typed or picked. */
  max?: Date;
  /** Days that cannot be chosen (react-day-picker matchers, see `Calendar`). */
  disabledDates?: DateMatcher | DateMatcher[];
  /**
   * Disables the input and the calendar button.
   * @default false
   */
  disabled?: boolean;
  /** Shown while empty. Defaults to the expected format (`MM/DD/YYYY`). */
  placeholder?: string;
  /**
   * Submits the day with a form as ISO `yyyy-MM-dd` (a hidden input; empty while the field is
   * empty or invalid).
   */
  name?: string;
  /**
   * Accessible name of the calendar button and of the calendar dialog.
   * @default "Choose date"
   */
  calendarLabel?: string;
  /** The error text for typed input the field refuses. Defaults to English sentences. */
  formatError?: (error: DatePickerError) => React.ReactNode;
  /** Today, marked in the calendar; pass a fixed date in tests and stories. Defaults to now. */
  today?: Date;
  /** Translated names for the calendar's buttons and days (see `Calendar`). */
  labels?: CalendarLabels;
  /** First column of the calendar's week (0 = Sunday). Overrides the locale's. */
  weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** Open the calendar on first render (for example, for a review screenshot). */
  defaultOpen?: boolean;
}

function refusal(date: Date, min?: Date, max?: Date, disabledDates?: DateMatcher | DateMatcher[]) {
  if (min && date < startOfDay(min)) return "before-min" as const;
  if (max && date > startOfDay(max)) return "after-max" as const;
  if (disabledDates !== undefined && dateMatchModifiers(date, disabledDates)) {
    return "disabled" as const;
  }
  return undefined;
}

/**
 * A date field: type the day in the locale's format (or ISO), or pick it from a calendar the
 * button opens. Text that is not an accepted day shows an error (`aria-invalid`) instead of
 * changing the value. Use it as a `Field`'s child: the input receives the id and aria props.
 */
export const DatePicker = /* @__PURE__ */ React.forwardRef<HTMLInputElement, DatePickerProps>(
  function DatePicker(props, ref) {
    const {
      value: controlledValue,
      defaultValue,
      onValueChange,
      locale = enUS,
      min,
      max,
      disabledDates,
      disabled = false,
      placeholder,
      name,
      calendarLabel = "Choose date",
      formatError,
      today,
      labels,
      weekStartsOn,
      defaultOpen = false,
      size,
      className,
      style,
      onBlur,
      onKeyDown,
      "aria-describedby": describedBy,
      "aria-invalid": ariaInvalid,
      ...inputProps
    } = props;
    const isControlled = "value" in props;
    const [uncontrolledValue, setUncontrolledValue] = React.useState(defaultValue);
    const value = isControlled ? controlledValue : uncontrolledValue;
    const { hint } = dateFormat(locale);
    const format = React.useCallback((date: Date) => formatDateInput(date, locale), [locale]);

    const [text, setText] = React.useState(() => (value ? format(value) : ""));
    const [error, setError] = React.useState<DatePickerError>();
    const [open, setOpen] = React.useState(defaultOpen);
    const errorId = `${React.useId()}-error`;
    const contentRef = React.useRef<HTMLDivElement>(null);

    // A new value from outside (or a new locale) rewrites the text, unless it already says so.
    const valueTime = value?.getTime();
    React.useEffect(() => {
      setText((current) => {
        const shown = parseDateInput(current, locale, today);
        if (value === undefined) return shown ? "" : current;
        return shown && isSameDay(shown, value) && current === format(shown)
          ? current
          : format(value);
      });
      if (value !== undefined) setError(undefined);
      // eslint-disable-next-line react-hooks/exhaustive-deps -- the time stands for the date
    }, [valueTime, format]);

    const change = (next: Date | undefined) => {
      if (!isControlled) setUncontrolledValue(next);
      onValueChange?.(next);
    };

    const commit = () => {
      const trimmed = text.trim();
      if (trimmed === "") {
        setError(undefined);
        if (value !== undefined) change(undefined);
        return;
      }
      const parsed = parseDateInput(trimmed, locale, today);
      const reason = parsed ? refusal(parsed, min, max, disabledDates) : "unparseable";
      if (!parsed || reason) {
        setError({ reason: reason ?? "unparseable", text: trimmed, hint });
        return;
      }
      setError(undefined);
      setText(format(parsed));
      if (!value || !isSameDay(parsed, value)) change(parsed);
    };

    const pick = (date: Date | undefined) => {
      if (!date) return;
      setError(undefined);
      setText(format(date));
      if (!value || !isSameDay(date, value)) change(date);
      setOpen(false);
    };

    const portalTheme = usePortalTheme();
    const invalid = error !== undefined;
    const message = error
      ? (formatError?.(error) ?? defaultErrorMessage(error, format, min, max))
      : undefined;

    return (
      <div
        data-slot="date-picker"
        data-size={size ?? defaults.size}
        data-invalid={invalid || undefined}
        data-disabled={disabled || undefined}
        className={cx(datePickerVariants({ size }), className)}
        style={style}
      >
        <PopoverPrimitive.Root open={open} onOpenChange={setOpen}>
          <PopoverPrimitive.Anchor asChild>
            <div data-slot="date-picker-control" className="nx-date-picker-control">
              <input
                ref={ref}
                type="text"
                autoComplete="off"
                spellCheck={false}
                data-slot="date-picker-input"
                placeholder={placeholder ?? hint}
                disabled={disabled}
                {...inputProps}
                value={text}
                aria-invalid={invalid ? true : ariaInvalid}
                aria-describedby={cx(describedBy, invalid && errorId) || undefined}
                className={cx(inputVariants({ size }), "nx-date-picker-input")}
                onChange={(event) => setText(event.target.value)}
                onBlur={(event) => {
                  commit();
                  onBlur?.(event);
                }}
                onKeyDown={(event) => {
                  onKeyDown?.(event);
                  if (event.defaultPrevented) return;
                  if (event.key === "Enter") commit();
                  if (event.key === "ArrowDown" && event.altKey) {
                    event.preventDefault();
                    setOpen(true);
                  }
                }}
              />
              <PopoverPrimitive.Trigger
                type="button"
                data-slot="date-picker-trigger"
                className="nx-date-picker-trigger nx-focus-ring nx-hover-tint"
                aria-label={calendarLabel}
                disabled={disabled}
              >
                <CalendarIcon size="sm" className="nx-date-picker__icon nx-icon-sm" />
              </PopoverPrimitive.Trigger>
            </div>
          </PopoverPrimitive.Anchor>
          <PopoverPrimitive.Portal>
            <PopoverPrimitive.Content
              ref={contentRef}
              data-slot="date-picker-content"
              className={cx(surfaceClasses.popover, "nx-date-picker-content")}
              aria-label={calendarLabel}
              align="start"
              sideOffset={4}
              {...portalTheme}
              onOpenAutoFocus={(event) => {
                // Focus the selected day (or today), not the first button of the dialog.
                event.preventDefault();
                contentRef.current
                  ?.querySelector<HTMLElement>(".nx-calendar-day-button[tabindex='0']")
                  ?.focus();
              }}
            >
              <Calendar
                mode="single"
                required
                selected={error ? undefined : value}
                onSelect={pick}
                locale={locale}
                min={min}
                max={max}
                disabledDates={disabledDates}
                today={today}
                labels={labels}
                weekStartsOn={weekStartsOn}
              />
            </PopoverPrimitive.Content>
          </PopoverPrimitive.Portal>
        </PopoverPrimitive.Root>
        {name !== undefined && (
          <input
            type="hidden"
            name={name}
            value={value && !invalid ? toIsoDate(value) : ""}
            disabled={disabled}
          />
        )}
        {invalid && (
          <p id={errorId} data-slot="date-picker-error" className="nx-date-picker-error">
            {message}
          </p>
        )}
      </div>
    );
  },
);
