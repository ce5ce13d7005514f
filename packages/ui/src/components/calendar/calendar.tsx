"use client";

import { ChevronLeftIcon, ChevronRightIcon } from "@nexod/icons";
import { cx } from "class-variance-authority";
import type { Locale } from "date-fns";
import * as React from "react";
import {
  DayPicker,
  useDayPicker,
  type ClassNames,
  type DateRange,
  type DayProps,
  type Labels,
  type Matcher,
  type Modifiers,
  type NavProps,
  type RootProps,
} from "react-day-picker";
import { useDirection } from "../direction/direction";

export type { DateRange, Matcher as DateMatcher };

/** Translated names for the calendar's buttons and cells (react-day-picker's label functions). */
export type CalendarLabels = Partial<Labels>;

/**
 * react-day-picker's parts mapped to our classes (calendar.css). Day states are not classes:
 * react-day-picker sets `data-selected`, `data-today`, `data-outside`, `data-disabled` and
 * `data-focused` on each cell, and `CalendarDayCell` adds `data-range`, so calendar.css reads
 * every state from an attribute, like the other components.
 */
const classNames: Partial<ClassNames> = {
  root: "nx-calendar",
  months: "nx-calendar-months",
  month: "nx-calendar-month",
  month_caption: "nx-calendar-caption",
  caption_label: "nx-calendar-caption-label",
  nav: "nx-calendar-nav",
  button_previous: "nx-calendar-nav-button nx-focus-ring nx-hover-tint",
  button_next: "nx-calendar-nav-button nx-focus-ring nx-hover-tint",
  month_grid: "nx-calendar-grid",
  weekdays: "nx-calendar-weekdays",
  weekday: "nx-calendar-weekday",
  weeks: "nx-calendar-weeks",
  week: "nx-calendar-week",
  week_number: "nx-calendar-week-number",
  week_number_header: "nx-calendar-weekday",
  day: "nx-calendar-day",
  day_button: "nx-calendar-day-button nx-focus-ring nx-hover-tint",
  footer: "nx-calendar-footer",
  selected: "",
  range_start: "",
  range_middle: "",
  range_end: "",
  today: "",
  outside: "",
  disabled: "",
  focused: "",
  hidden: "",
};

/** The root element with the forwarded ref (react-day-picker renders it without one). */
const RootRefContext = /* @__PURE__ */ React.createContext<React.Ref<HTMLDivElement>>(null);

function CalendarRoot({ rootRef, ...props }: RootProps) {
  const forwardedRef = React.useContext(RootRefContext);
  const ref = React.useCallback(
    (node: HTMLDivElement | null) => {
      for (const target of [rootRef, forwardedRef]) {
        if (typeof target === "function") target(node);
        else if (target) (target as React.MutableRefObject<HTMLDivElement | null>).current = node;
      }
    },
    [rootRef, forwardedRef],
  );
  return <div ref={ref} {...props} />;
}

/**
 * The previous/next buttons in a plain `div`: react-day-picker's `<nav>` landmark repeats on a
 * page with two calendars, and the buttons are named on their own. Chevrons from @nexod/icons,
 * turned by calendar.css in right-to-left.
 */
function CalendarNav({
  onPreviousClick,
  onNextClick,
  previousMonth,
  nextMonth,
  className,
}: NavProps) {
  const { labels } = useDayPicker();
  return (
    <div className={className}>
      <button
        type="button"
        className="nx-calendar-nav-button nx-focus-ring nx-hover-tint"
        aria-label={labels.labelPrevious(previousMonth)}
        aria-disabled={previousMonth ? undefined : true}
        tabIndex={previousMonth ? undefined : -1}
        onClick={previousMonth ? onPreviousClick : undefined}
      >
        <ChevronLeftIcon size="sm" className="nx-calendar-chevron" />
      </button>
      <button
        type="button"
        className="nx-calendar-nav-button nx-focus-ring nx-hover-tint"
        aria-label={labels.labelNext(nextMonth)}
        aria-disabled={nextMonth ? undefined : true}
        tabIndex={nextMonth ? undefined : -1}
        onClick={nextMonth ? onNextClick : undefined}
      >
        <ChevronRightIcon size="sm" className="nx-calendar-chevron" />
      </button>
    </div>
  );
}

const fullDateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day's name: the full date as `Intl` writes it in the locale ("Thursday, March 12, 2026"),
 * so the visible number is a word of the name (react-day-picker's English "March 12th" is not:
 * WCAG 2.5.3, axe's label-content-name-mismatch), plus "Today" and "selected".
 */
function labelDayButton(date: Date, modifiers: Modifiers, options?: { locale?: Locale }) {
  const code = options?.locale?.code ?? "en-US";
  let format = fullDateFormats.get(code);
  if (!format) {
    format = new Intl.DateTimeFormat(code, { dateStyle: "full" });
    fullDateFormats.set(code, format);
  }
  const label = format.format(date);
  return `${modifiers.today ? "Today, " : ""}${label}${modifiers.selected ? ", selected" : ""}`;
}

/** A day cell that also says where it sits in a selected range (`data-range`). */
function CalendarDayCell({ day: _day, modifiers, ...props }: DayProps) {
  const range = modifiers.range_start
    ? modifiers.range_end
      ? "single"
      : "start"
    : modifiers.range_end
      ? "end"
      : modifiers.range_middle
        ? "middle"
        : undefined;
  return <td {...props} data-range={range} />;
}

const components = { Root: CalendarRoot, Nav: CalendarNav, Day: CalendarDayCell };

interface CalendarCommonProps {
  /**
   * Date-fns locale (`import { de } from "date-fns/locale"`): month and weekday names, the
   * first day of the week and the cell names a screen reader reads ("Dienstag, 3. März 2026").
   * @default enUS
   */
  locale?: Locale;
  /** First column of the week (0 = Sunday). Overrides the locale's. */
  weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** The earliest selectable day. Earlier days are disabled and navigation stops at its month. */
  min?: Date;
  /** The latest selectable day. Later days are disabled and navigation stops at its month. */
  max?: Date;
  /**
   * Days that cannot be chosen: a date, an array of dates, a range `{ from, to }`,
   * `{ before }`, `{ after }`, `{ dayOfWeek: [0, 6] }` or a function — or an array of them.
   */
  disabledDates?: Matcher | Matcher[];
  /**
   * Disables every day and the navigation.
   * @default false
   */
  disabled?: boolean;
  /**
   * Months shown side by side.
   * @default 1
   */
  numberOfMonths?: number;
  /**
   * Show the days of the previous and next month that fill the first and last week.
   * @default true
   */
  showOutsideDays?: boolean;
  /**
   * Always show six weeks, so the height does not change between months.
   * @default false
   */
  fixedWeeks?: boolean;
  /**
   * Show the week number before each week.
   * @default false
   */
  showWeekNumber?: boolean;
  /** The day marked as today. Defaults to the current date; pass a fixed date in tests and stories. */
  today?: Date;
  /** The first month shown, when you do not control it. Defaults to the selection, else today. */
  defaultMonth?: Date;
  /** The first month shown. Use with `onMonthChange` to control it. */
  month?: Date;
  /** Called with the new first month when the user navigates. */
  onMonthChange?: (month: Date) => void;
  /**
   * Move focus to the selected day (or today) when the calendar mounts, as in a popover.
   * @default false
   */
  autoFocus?: boolean;
  /** Translated names for the navigation buttons and cells (defaults are English). */
  labels?: CalendarLabels;
  /**
   * Text direction: the layout mirrors and ArrowLeft/ArrowRight swap. Defaults to the nearest
   * `DirectionProvider`'s (`"ltr"` without one).
   */
  dir?: "ltr" | "rtl";
  /** Announced politely below the calendar (for example the chosen range). */
  footer?: React.ReactNode;
  className?: string;
  style?: React.CSSProperties;
  id?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
}

export interface CalendarSingleProps extends CalendarCommonProps {
  /**
   * `single` picks one day, `multiple` any number of days, `range` a start and an end.
   * @default "single"
   */
  mode?: "single";
  /** The selected day. Use with `onSelect` to control it. */
  selected?: Date | undefined;
  /** The day selected on first render, when you do not control it. */
  defaultSelected?: Date;
  /** Called with the new day, or `undefined` when the user clicks the selected day again. */
  onSelect?: (date: Date | undefined) => void;
  /**
   * Keep a day selected: clicking it again does not clear it.
   * @default false
   */
  required?: boolean;
}

export interface CalendarMultipleProps extends CalendarCommonProps {
  mode: "multiple";
  /** The selected days. Use with `onSelect` to control them. */
  selected?: Date[] | undefined;
  /** The days selected on first render, when you do not control them. */
  defaultSelected?: Date[];
  /** Called with the new list of days. */
  onSelect?: (dates: Date[] | undefined) => void;
  /** At most this many days can be selected. */
  maxSelected?: number;
  required?: boolean;
}

export interface CalendarRangeProps extends CalendarCommonProps {
  mode: "range";
  /** The selected range. Use with `onSelect` to control it. */
  selected?: DateRange | undefined;
  /** The range selected on first render, when you do not control it. */
  defaultSelected?: DateRange;
  /** Called with the new range; `to` is undefined while only the start is chosen. */
  onSelect?: (range: DateRange | undefined) => void;
  /** The range must span at least this many nights (days between start and end). */
  minNights?: number;
  /** The range may span at most this many nights. */
  maxNights?: number;
  /**
   * A click after a complete range starts a new one instead of moving its nearer end.
   * @default false
   */
  resetOnSelect?: boolean;
  required?: boolean;
}

type ModeOnlyProp = "maxSelected" | "minNights" | "maxNights" | "resetOnSelect" | "required";

export type CalendarProps = CalendarSingleProps | CalendarMultipleProps | CalendarRangeProps;

function firstSelectedDay(selected: Date | Date[] | DateRange | undefined): Date | undefined {
  if (selected instanceof Date) return selected;
  if (Array.isArray(selected)) return selected[0];
  return selected?.from;
}

function checkDate(name: string, date: Date | undefined) {
  if (date !== undefined && (!(date instanceof Date) || Number.isNaN(date.getTime()))) {
    throw new TypeError(`Calendar: \`${name}\` must be a valid Date, got ${String(date)}.`);
  }
}

/** The days `min`, `max`, `disabledDates` and `disabled` rule out, as one matcher list. */
function disabledMatchers({
  min,
  max,
  disabledDates,
  disabled,
}: Pick<CalendarCommonProps, "min" | "max" | "disabledDates" | "disabled">): Matcher[] {
  checkDate("min", min);
  checkDate("max", max);
  if (min && max && min > max) {
    throw new RangeError(
      `Calendar: \`min\` (${min.toDateString()}) is after \`max\` (${max.toDateString()}).`,
    );
  }
  const matchers: Matcher[] = [];
  if (disabled) matchers.push(true);
  if (min) matchers.push({ before: min });
  if (max) matchers.push({ after: max });
  if (disabledDates !== undefined) {
    matchers.push(...(Array.isArray(disabledDates) ? disabledDates : [disabledDates]));
  }
  return matchers;
}

/**
 * A month grid to pick a day, several days or a range, with the WAI-ARIA date-grid keyboard:
 * arrows move by day and week, Home/End to the week's start and end, PageUp/PageDown by month,
 * Shift+PageUp/PageDown by year, Enter or Space selects. Behaviour from react-day-picker; each
 * day is a button named by its full date. For a field, use `DatePicker` or `DateRangePicker`.
 */
export const Calendar = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CalendarProps>(
  function Calendar(props, ref) {
    const {
      mode = "single",
      selected: controlledSelected,
      defaultSelected,
      onSelect,
      min,
      max,
      disabledDates,
      disabled = false,
      className,
      defaultMonth,
      showOutsideDays = true,
      numberOfMonths = 1,
      locale,
      labels,
      dir,
      ...rest
    } = props;
    const direction = useDirection(dir);
    const isControlled = "selected" in props;
    const [uncontrolledSelected, setUncontrolledSelected] = React.useState(defaultSelected);
    const selected = isControlled ? controlledSelected : uncontrolledSelected;
    if (!Number.isInteger(numberOfMonths) || numberOfMonths < 1) {
      throw new RangeError(
        `Calendar: \`numberOfMonths\` must be a whole number of at least 1, got ${numberOfMonths}.`,
      );
    }
    // Our day names unless the locale (react-day-picker/locale) or `labels` bring their own.
    const localeTranslatesDays = Boolean(
      (locale as { labels?: CalendarLabels } | undefined)?.labels?.labelDayButton,
    );
    const allLabels = React.useMemo(
      () => (localeTranslatesDays ? labels : { labelDayButton, ...labels }),
      [localeTranslatesDays, labels],
    );
    const handleSelect = (next: Date | Date[] | DateRange | undefined) => {
      if (!isControlled) setUncontrolledSelected(next as typeof defaultSelected);
      (onSelect as ((value: typeof next) => void) | undefined)?.(next);
    };

    // Props only one mode understands, renamed so `min`/`max` can mean dates everywhere.
    const { maxSelected, minNights, maxNights, resetOnSelect, required, ...common } = rest as Omit<
      CalendarCommonProps,
      "min" | "max" | "disabledDates" | "className"
    > &
      Partial<Pick<CalendarMultipleProps & CalendarRangeProps, ModeOnlyProp>>;
    const modeProps =
      mode === "multiple"
        ? { mode, max: maxSelected }
        : mode === "range"
          ? { mode, min: minNights, max: maxNights, resetOnSelect }
          : { mode };

    return (
      <RootRefContext.Provider value={ref}>
        <DayPicker
          {...common}
          {...(modeProps as { mode: "single" })}
          required={required as false | undefined}
          selected={selected as Date | undefined}
          onSelect={handleSelect}
          locale={locale}
          labels={allLabels}
          dir={direction}
          data-slot="calendar"
          data-disabled={disabled || undefined}
          className={cx(className)}
          classNames={classNames}
          components={components}
          showOutsideDays={showOutsideDays}
          numberOfMonths={numberOfMonths}
          startMonth={min}
          endMonth={max}
          disableNavigation={disabled || undefined}
          defaultMonth={defaultMonth ?? firstSelectedDay(selected)}
          disabled={disabledMatchers({ min, max, disabledDates, disabled })}
        />
      </RootRefContext.Provider>
    );
  },
);
