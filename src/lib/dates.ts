import { TZDate } from '@date-fns/tz';
import { quoted } from './model/problems.ts';

/**
 * A calendar date as written in front matter: `YYYY-MM-DD`. It names a day, not an instant;
 * it becomes an instant only together with a time zone (see `endOfDay`).
 */
export type CalendarDate = string;

/** A year, a year and month, or a full calendar date (`2022`, `2022-04`, `2022-04-01`). */
export type PartialDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `year-month-day` exists in the Gregorian calendar (2024-02-29 does, 2023-02-29 does not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Checks a `YYYY-MM-DD` string; returns an explanation when it is not a real calendar date. */
export function checkCalendarDate(value: string): string | undefined {
  const match = CALENDAR_DATE.exec(value);
  if (!match && /^\d{4}-\d{2}-\d{2}[T ]\d/.test(value))
    return `expected a day without a time or time zone (a day here ends at midnight in the site's time zone), found ${quoted(value)}; write ${value.slice(0, 10)}`;
  if (!match) return `expected a date written as YYYY-MM-DD (e.g. 2024-01-31), found ${quoted(value)}`;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) return `${quoted(value)} is not a date in the calendar`;
  return undefined;
}

/** Checks `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns an explanation when it is not one. */
export function checkPartialDate(value: string): string | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return `expected a year (2022) or a date (2022-04-01), found ${quoted(value)}`;
  const [year, month, day] = match.slice(1).map((part) => (part ? Number(part) : undefined));
  if (month !== undefined && (month < 1 || month > 12)) return `${quoted(value)} has no month ${month}`;
  if (day !== undefined && !isRealDate(year!, month!, day)) return `${quoted(value)} is not a date in the calendar`;
  return undefined;
}

function parts(date: CalendarDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year!, month!, day!];
}

/**
 * The first instant after the given day in the given time zone, i.e. the next day's midnight there.
 * A deadline of 2024-01-31 in Europe/Berlin ends at 2024-01-31T23:00:00Z (winter time, UTC+1);
 * one of 2024-07-31 at 2024-07-31T22:00:00Z (summer time, UTC+2).
 */
export function endOfDay(date: CalendarDate, timeZone: string): Date {
  const [year, month, day] = parts(date);
  return new Date(new TZDate(year, month - 1, day + 1, timeZone).getTime());
}

/** The first instant of a day in a time zone (its midnight there). */
export function startOfDay(date: CalendarDate, timeZone: string): Date {
  const [year, month, day] = parts(date);
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}

/** Whole days from one calendar date to another: 2024-01-26 → 2024-01-31 is 5. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const utc = (date: CalendarDate) =>
    Date.UTC(...(parts(date).map((n, i) => (i === 1 ? n - 1 : n)) as [number, number, number]));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** An instant as ISO 8601 with the offset that the time zone has then: `2024-01-31T23:59:59+01:00`. */
export function toZonedISO(instant: Date, timeZone: string): string {
  return new TZDate(instant.getTime(), timeZone).toISOString().replace(/\.\d{3}(?=[+-Z])/, '');
}

/** The calendar date of an instant in a time zone. */
export function calendarDateAt(instant: Date, timeZone: string): CalendarDate {
  const zoned = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The moment the site is built "at". `value` is `SITE_NOW`: an ISO date (`2024-01-15`, the start of
 * that day in the site's zone) or date-time (`2024-01-15T09:30`, site zone unless it carries an
 * offset or `Z`). Without a value it is `fallback`, the real clock.
 */
export function resolveNow(value: string | undefined, fallback: Date, timeZone: string): Date {
  const text = value?.trim();
  if (!text) return fallback;
  const fail = (why: string) =>
    new Error(`SITE_NOW: expected an ISO date or date-time such as 2024-01-15 or 2024-01-15T09:30+01:00, ${why}`);
  if (CALENDAR_DATE.test(text)) {
    const problem = checkCalendarDate(text);
    if (problem) throw fail(`but ${problem}`);
    return startOfDay(text, timeZone);
  }
  const match = DATE_TIME.exec(text);
  if (!match || checkCalendarDate(match[1]!)) throw fail(`found ${quoted(text)}`);
  const [, date, hours, minutes, seconds = '0', fraction = '', offset] = match;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) throw fail(`found ${quoted(text)}`);
  if (offset) return new Date(text.replace(' ', 'T'));
  const [year, month, day] = parts(date!);
  const ms = fraction ? Math.round(Number(fraction) * 1000) : 0;
  return new Date(
    new TZDate(year, month - 1, day, Number(hours), Number(minutes), Number(seconds), ms, timeZone).getTime(),
  );
}

/**
 * Formats a calendar date for people: `31 January 2024` in en-GB, `31. Januar 2024` in de; with
 * `{ year: false }`, `31 January` (for a deadline in the coming months).
 */
export function formatDate(date: PartialDate, locale: string, { year: withYear = true } = {}): string {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  // The date is a calendar date, so it is formatted in UTC, where it was constructed: no day can shift.
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? withYear
        ? { dateStyle: 'long' }
        : { day: 'numeric', month: 'long' }
      : month !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  return dateTimeFormat(locale, 'UTC', options).format(utc);
}

/** Intl.DateTimeFormat is slow to construct: one per locale, zone and style, for the whole build. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The Intl.DateTimeFormat for a locale, zone and style, made once per build. */
export function dateTimeFormat(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return format;
}

/** Compares partial dates by when they begin (`2022` sorts with `2022-01-01`). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const key = (d: PartialDate) => (d + '-01-01').slice(0, 10);
  return key(a).localeCompare(key(b));
}

/** The last day that a partial date covers: `2022` → `2022-12-31`, `2022-02` → `2022-02-28`. */
export function lastDayOf(date: PartialDate): CalendarDate {
  const [year, month, day] = date.split('-').map(Number);
  if (day !== undefined) return date;
  const m = month ?? 12;
  const last = new Date(Date.UTC(year!, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** A day (`2025-03-12`) or a day and a time on the site's clock (`2025-03-12T16:15`): when an event starts or ends. */
export type DayOrTime = string;

const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

/** Checks a day or a day and time (`2025-03-12`, `2025-03-12T16:15`); returns an explanation when it is neither. */
export function checkDayOrTime(value: string): string | undefined {
  const expected = `expected a date (2025-03-12) or a date and time on the site's clock (2025-03-12T16:15)`;
  if (CALENDAR_DATE.test(value)) return checkCalendarDate(value);
  const match = LOCAL_TIME.exec(value);
  if (!match) {
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value))
      return `${expected} without a time zone (times are in the site's time zone, which knows summer time), found ${quoted(value)}; write ${value.slice(0, 10)}T${value.slice(11, 16)}`;
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}$/.test(value))
      return `${expected} without seconds, found ${quoted(value)}; write ${value.slice(0, 10)}T${value.slice(11, 16)}`;
    return `${expected}, found ${quoted(value)}`;
  }
  const [, date, hours, minutes] = match;
  const day = checkCalendarDate(date!);
  if (day) return day;
  if (Number(hours) > 23 || Number(minutes) > 59) return `${quoted(value)} is not a time of day (00:00 to 23:59)`;
  return undefined;
}

/** Whether a checked day-or-time has a time. */
export const hasTime = (value: DayOrTime) => value.length > 10;

/** The instant a day-or-time begins in a time zone: a day's midnight, or the time on that zone's clock. */
export function startOf(value: DayOrTime, timeZone: string): Date {
  if (!hasTime(value)) return startOfDay(value, timeZone);
  const [year, month, day] = parts(value.slice(0, 10));
  const [hours, minutes] = value.slice(11, 16).split(':').map(Number);
  return new Date(new TZDate(year, month - 1, day, hours!, minutes!, timeZone).getTime());
}
