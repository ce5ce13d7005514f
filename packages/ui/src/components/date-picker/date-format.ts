import { format, isValid, type Locale } from "date-fns";
import { enUS } from "date-fns/locale";

/** The order of the day, month and year fields in a locale's numeric date. */
type FieldOrder = readonly ("d" | "M" | "y")[];

export interface DateFormat {
  /** date-fns pattern the input shows, with two-digit day and month and four-digit year. */
  pattern: string;
  /** The same for people: `MM/DD/YYYY`, `DD.MM.YYYY` (a default placeholder). */
  hint: string;
  order: FieldOrder;
}

const formats = new WeakMap<Locale, DateFormat>();

/**
 * The numeric date format of a date-fns locale, from its short date pattern
 * (`locale.formatLong.date({ width: "short" })`): `MM/dd/yyyy` (en-US), `dd.MM.y` (de),
 * `y-MM-dd` (sv). Fields are widened to `dd`, `MM` and `yyyy`, so the input always shows the
 * same number of characters. A locale whose short pattern is not three numeric fields falls
 * back to ISO `yyyy-MM-dd`.
 */
export function dateFormat(locale: Locale = enUS): DateFormat {
  const cached = formats.get(locale);
  if (cached) return cached;
  const short = locale.formatLong?.date({ width: "short" }) ?? "";
  const tokens = short.match(/d+|M+|y+|[^dMy]+/g) ?? [];
  const fields = tokens.filter((token) => /^[dMy]/.test(token));
  const numeric =
    fields.length === 3 &&
    new Set(fields.map((field) => field[0])).size === 3 &&
    fields.every((field) => field[0] === "y" || field.length <= 2) &&
    tokens.every((token) => /^[dMy]/.test(token) || !/[a-zA-Z']/.test(token));
  const pattern = numeric
    ? tokens
        .map((token) =>
          /^y/.test(token) ? "yyyy" : /^[dM]/.test(token) ? token[0]!.repeat(2) : token,
        )
        .join("")
    : "yyyy-MM-dd";
  const result: DateFormat = {
    pattern,
    hint: pattern.replace(/d/g, "D").replace(/y/g, "Y"),
    order: (pattern.match(/[dMy]+/g) ?? []).map((field) => field[0] as "d" | "M" | "y"),
  };
  formats.set(locale, result);
  return result;
}

/** A date as the locale writes it in the input: `03/03/2026`, `03.03.2026`. */
export function formatDateInput(date: Date, locale: Locale = enUS): string {
  return format(date, dateFormat(locale).pattern, { locale });
}

/** A date as ISO 8601 `yyyy-MM-dd` (its local calendar day), the value a form submits. */
export function toIsoDate(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/** A two-digit year in the century that puts it within 50 years of the reference year. */
function fullYear(twoDigits: number, referenceYear: number): number {
  let year = Math.floor(referenceYear / 100) * 100 + twoDigits;
  if (year > referenceYear + 50) year -= 100;
  else if (year <= referenceYear - 50) year += 100;
  return year;
}

/**
 * Reads a typed date: the locale's numeric order (`3/12/2026` in en-US, `12.3.2026` in de; any
 * of `/ . - space` between the fields; one- or two-digit day and month; two- or four-digit
 * year) or ISO `2026-03-12`. Returns `undefined` for anything else, including days that do not
 * exist (`31/02/2026`).
 */
export function parseDateInput(
  text: string,
  locale: Locale = enUS,
  referenceDate: Date = new Date(),
): Date | undefined {
  const trimmed = text.trim();
  const match = /^(\d{1,4})[\s./-]+(\d{1,2})[\s./-]+(\d{1,4})\.?$/.exec(trimmed);
  if (!match) return undefined;
  const groups = [match[1]!, match[2]!, match[3]!] as const;
  // Four digits first is ISO (year-month-day) whatever the locale's order.
  const order: FieldOrder = groups[0].length === 4 ? ["y", "M", "d"] : dateFormat(locale).order;
  const field = (name: "d" | "M" | "y") => groups[order.indexOf(name)]!;
  const [dayText, monthText, yearText] = [field("d"), field("M"), field("y")];
  if (dayText.length > 2 || monthText.length > 2) return undefined;
  if (yearText.length !== 2 && yearText.length !== 4) return undefined;
  const year =
    yearText.length === 2
      ? fullYear(Number(yearText), referenceDate.getFullYear())
      : Number(yearText);
  const month = Number(monthText) - 1;
  const day = Number(dayText);
  const date = new Date(year, month, day);
  // Years below 100 are not shifted by setFullYear; a rolled-over day fails the check below.
  date.setFullYear(year, month, day);
  if (!isValid(date) || date.getMonth() !== month || date.getDate() !== day) return undefined;
  return date;
}
