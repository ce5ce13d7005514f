"use client";

import { CalendarIcon } from "@nexod/icons";
import * as PopoverPrimitive from "@radix-ui/react-popover";
import { cva, cx, type VariantProps } from "class-variance-authority";
import {
  addDays,
  endOfMonth,
  isSameDay,
  startOfDay,
  startOfMonth,
  subMonths,
  type Locale,
} from "date-fns";
import { enUS } from "date-fns/locale";
import * as React from "react";
import { Button } from "../button/button";
import {
  Calendar,
  type CalendarLabels,
  type DateMatcher,
  type DateRange,
} from "../calendar/calendar";
import { toIsoDate } from "../date-picker/date-format";
import { usePortalTheme } from "../theme/theme-context";
import { surfaceClasses } from "../../shared/surface-classes";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a DateRangePicker's trigger (styles: date-range-picker.css). */
export const dateRangePickerVariants = /* @__PURE__ */ cva("nx-date-range-picker", {
  variants: {
    /**
     * Height, padding and type size of the trigger: the same steps as Input and Button.
     * @default "md"
     */
    size: {
      sm: "nx-date-range-picker--sm",
      md: "nx-date-range-picker--md",
      lg: "nx-date-range-picker--lg",
    },
  },
  defaultVariants: { size: defaults.size },
});

/** A chosen range: both days set (the picker never reports half a range). */
export interface DateRangeValue {
  from: Date;
  to: Date;
}

/** A shortcut beside the calendar ("Last 7 days"), computed from `today`. */
export interface DateRangePreset {
  /** The button's text. */
  label: string;
  /** The range for the given today (the picker's `today` prop, else the current date). */
  range: (today: Date) => DateRangeValue;
}

/** Today, Yesterday, Last 7 days, Last 30 days, This month, Last month. */
export const defaultDateRangePresets: readonly DateRangePreset[] = [
  { label: "Today", range: (today) => ({ from: today, to: today }) },
  {
    label: "Yesterday",
    range: (today) => ({ from: addDays(today, -1), to: addDays(today, -1) }),
  },
  { label: "Last 7 days", range: (today) => ({ from: addDays(today, -6), to: today }) },
  { label: "Last 30 days", range: (today) => ({ from: addDays(today, -29), to: today }) },
  {
    label: "This month",
    range: (today) => ({ from: startOfMonth(today), to: endOfMonth(today) }),
  },
  {
    label: "Last month",
    range: (today) => {
      const month = subMonths(today, 1);
      return { from: startOfMonth(month), to: startOfDay(endOfMonth(month)) };
    },
  },
];

export interface DateRangePickerProps
  extends
    Omit<
      React.ButtonHTMLAttributes<HTMLButtonElement>,
      "value" | "defaultValue" | "onChange" | "name" | "type" | "children"
    >,
    VariantProps<typeof dateRangePickerVariants> {
  /** The chosen range. Use with `onValueChange` to control it; `undefined` is empty. */
  value?: DateRangeValue | undefined;
  /** The range on first render, when you do not control it. */
  defaultValue?: DateRangeValue;
  /** Called with the new range once both ends are chosen (or a preset is), never with half. */
  onValueChange?: (value: DateRangeValue) => void;
  /**
   * date-fns locale: the trigger's text (`Mar 9 – 13, 2026`), month and day names and the
   * week's first day.
   * @default enUS
   */
  locale?: Locale;
  /** The earliest day of a range. */
  min?: Date;
  /** The latest day of a range. */
  max?: Date;
  /** Days that cannot start or end a range (react-day-picker matchers, see `Calendar`). */
  disabledDates?: DateMatcher | DateMatcher[];
  /**
   * Disables the trigger.
   * @default false
   */
  disabled?: boolean;
  /**
   * Shown in the trigger while no range is chosen.
   * @default "Pick a date range"
   */
  placeholder?: string;
  /**
   * Submits the range with a form as ISO days under `<name>.from` and `<name>.to` (hidden
   * inputs; empty while no range is chosen).
   */
  name?: string;
  /**
   * Shortcuts beside the calendar, relative to `today`. Presets that reach past `min` or `max`
   * are disabled. Pass `[]` for none.
   * @default defaultDateRangePresets
   */
  presets?: readonly DateRangePreset[];
  /**
   * Accessible name of the presets' group.
   * @default "Presets"
   */
  presetsLabel?: string;
  /** Today, for the presets and the calendar's marker; pass a fixed date in stories. Defaults to now. */
  today?: Date;
  /**
   * Accessible name of the calendar dialog.
   * @default "Choose dates"
   */
  calendarLabel?: string;
  /** Translated names for the calendar's buttons and days (see `Calendar`). */
  labels?: CalendarLabels;
  /** First column of the calendar's week (0 = Sunday). Overrides the locale's. */
  weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** Open the calendar on first render (for example, for a review screenshot). */
  defaultOpen?: boolean;
}

/** Two months side by side from this width (the `sm` breakpoint), one below it. */
const wideQuery = "(min-width: 40rem)";

function useWideScreen() {
  return React.useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(wideQuery);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(wideQuery).matches,
    () => true,
  );
}

const rangeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Mar 9 – 13, 2026" in en-US, "09.–13.03.2026" in de: Intl's own range format. */
function formatRange({ from, to }: DateRangeValue, locale: Locale) {
  const code = locale.code ?? "en-US";
  let format = rangeFormats.get(code);
  if (!format) {
    format = new Intl.DateTimeFormat(code, { dateStyle: "medium" });
    rangeFormats.set(code, format);
  }
  return isSameDay(from, to) ? format.format(from) : format.formatRange(from, to);
}

function checkRange(prop: string, range: DateRangeValue | undefined) {
  if (range === undefined) return;
  const valid = (date: unknown) => date instanceof Date && !Number.isNaN(date.getTime());
  if (!valid(range.from) || !valid(range.to) || range.from > range.to) {
    throw new RangeError(
      `DateRangePicker: \`${prop}\` must be { from, to } with valid dates and from ≤ to, got ${String(range.from)} – ${String(range.to)}.`,
    );
  }
}

/**
 * A range of days (a report period, a stay) chosen from two months side by side (one on narrow
 * screens) or from presets such as "Last 7 days". The trigger is a button showing the range,
 * so it works as a `Field`'s control and is announced with its value.
 */
export const DateRangePicker = /* @__PURE__ */ React.forwardRef<
  HTMLButtonElement,
  DateRangePickerProps
>(function DateRangePicker(props, ref) {
  const {
    value: controlledValue,
    defaultValue,
    onValueChange,
    locale = enUS,
    min,
    max,
    disabledDates,
    disabled = false,
    placeholder = "Pick a date range",
    name,
    presets = defaultDateRangePresets,
    presetsLabel = "Presets",
    today: todayProp,
    calendarLabel = "Choose dates",
    labels,
    weekStartsOn,
    defaultOpen = false,
    size,
    className,
    style,
    // A button takes no aria-required (axe: aria-allowed-attr); Field's asterisk still shows.
    "aria-required": _ariaRequired,
    ...buttonProps
  } = props;
  checkRange("value", controlledValue);
  checkRange("defaultValue", defaultValue);
  const isControlled = "value" in props;
  const [uncontrolledValue, setUncontrolledValue] = React.useState(defaultValue);
  const value = isControlled ? controlledValue : uncontrolledValue;
  const [open, setOpen] = React.useState(defaultOpen);
  const [draft, setDraft] = React.useState<DateRange | undefined>(value);
  const contentRef = React.useRef<HTMLDivElement>(null);
  const portalTheme = usePortalTheme();
  const wide = useWideScreen();
  const today = startOfDay(todayProp ?? new Date());

  const change = (next: DateRangeValue) => {
    if (!isControlled) setUncontrolledValue(next);
    onValueChange?.(next);
  };

  const handleOpenChange = (next: boolean) => {
    if (next) setDraft(value);
    setOpen(next);
  };

  const pick = (range: DateRange | undefined) => {
    setDraft(range);
    if (range?.from && range.to) {
      change({ from: range.from, to: range.to });
      setOpen(false);
    }
  };

  const outOfBounds = (range: DateRangeValue) =>
    Boolean((min && range.from < startOfDay(min)) || (max && range.to > max));

  return (
    <div
      data-slot="date-range-picker"
      data-size={size ?? defaults.size}
      className={cx(dateRangePickerVariants({ size }), className)}
      style={style}
    >
      <PopoverPrimitive.Root open={open} onOpenChange={handleOpenChange}>
        <PopoverPrimitive.Trigger asChild>
          <Button
            ref={ref}
            variant="outline"
            size={size ?? defaults.size}
            disabled={disabled}
            data-slot="date-range-picker-trigger"
            data-placeholder={value ? undefined : ""}
            className="nx-date-range-picker-trigger"
            {...buttonProps}
          >
            <span className="nx-date-range-picker__content">
              <CalendarIcon size="sm" className="nx-date-range-picker__icon" />
              <span className="nx-date-range-picker__text">
                {value ? formatRange(value, locale) : placeholder}
              </span>
            </span>
          </Button>
        </PopoverPrimitive.Trigger>
        <PopoverPrimitive.Portal>
          <PopoverPrimitive.Content
            ref={contentRef}
            data-slot="date-range-picker-content"
            className={cx(surfaceClasses.popover, "nx-date-range-picker-content")}
            aria-label={calendarLabel}
            align="start"
            sideOffset={4}
            collisionPadding={8}
            {...portalTheme}
            onOpenAutoFocus={(event) => {
              // Focus the range's start (or today), not the first preset.
              event.preventDefault();
              contentRef.current
                ?.querySelector<HTMLElement>(".nx-calendar-day-button[tabindex='0']")
                ?.focus();
            }}
          >
            {presets.length > 0 && (
              <div
                role="group"
                aria-label={presetsLabel}
                data-slot="date-range-picker-presets"
                className="nx-date-range-picker-presets"
              >
                {presets.map((preset) => {
                  const range = preset.range(today);
                  const active = Boolean(
                    value && isSameDay(value.from, range.from) && isSameDay(value.to, range.to),
                  );
                  return (
                    <button
                      key={preset.label}
                      type="button"
                      data-slot="date-range-picker-preset"
                      className="nx-date-range-picker-preset nx-focus-ring nx-hover-tint"
                      aria-pressed={active}
                      disabled={outOfBounds(range)}
                      onClick={() => {
                        change(range);
                        setOpen(false);
                      }}
                    >
                      {preset.label}
                    </button>
                  );
                })}
              </div>
            )}
            <Calendar
              mode="range"
              required
              resetOnSelect
              selected={draft}
              onSelect={pick}
              numberOfMonths={wide ? 2 : 1}
              defaultMonth={draft?.from ?? (max && today > max ? max : today)}
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
        <>
          <input
            type="hidden"
            name={`${name}.from`}
            value={value ? toIsoDate(value.from) : ""}
            disabled={disabled}
          />
          <input
            type="hidden"
            name={`${name}.to`}
            value={value ? toIsoDate(value.to) : ""}
            disabled={disabled}
          />
        </>
      )}
    </div>
  );
});
