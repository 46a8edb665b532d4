import { describe, expect, it } from 'vitest';
import {
  calendarDateAt,
  checkCalendarDate,
  checkPartialDate,
  daysBetween,
  endOfDay,
  formatDate,
  lastDayOf,
  resolveNow,
  startOfDay,
  toZonedISO,
} from '../../src/lib/dates';

const BERLIN = 'Europe/Berlin';

describe('checkCalendarDate', () => {
  it.each([
    ['2024-01-31', undefined],
    ['2024-02-29', undefined],
    ['2023-02-29', '"2023-02-29" is not a date in the calendar'],
    ['2024-02-30', '"2024-02-30" is not a date in the calendar'],
    ['2024-13-01', '"2024-13-01" is not a date in the calendar'],
    ['2024-04-31', '"2024-04-31" is not a date in the calendar'],
    ['2024-1-31', 'expected a date written as YYYY-MM-DD (e.g. 2024-01-31), found "2024-1-31"'],
    ['31.01.2024', 'expected a date written as YYYY-MM-DD (e.g. 2024-01-31), found "31.01.2024"'],
  ])('%s → %s', (input, expected) => {
    expect(checkCalendarDate(input)).toBe(expected);
  });
});

describe('checkPartialDate', () => {
  it.each([
    ['2022', undefined],
    ['2022-04', undefined],
    ['2022-04-30', undefined],
    ['2022-13', '"2022-13" has no month 13'],
    ['2022-02-30', '"2022-02-30" is not a date in the calendar'],
    ['22', 'expected a year (2022) or a date (2022-04-01), found "22"'],
  ])('%s → %s', (input, expected) => {
    expect(checkPartialDate(input)).toBe(expected);
  });
});

describe('endOfDay: a deadline ends at the next midnight in the site zone', () => {
  it.each([
    // Winter time: Berlin is UTC+1.
    ['2024-01-31', BERLIN, '2024-01-31T23:00:00.000Z'],
    // Summer time: Berlin is UTC+2.
    ['2024-07-31', BERLIN, '2024-07-31T22:00:00.000Z'],
    // The day the clocks go forward (31 March 2024) still ends at midnight, now UTC+2.
    ['2024-03-30', BERLIN, '2024-03-30T23:00:00.000Z'],
    ['2024-03-31', BERLIN, '2024-03-31T22:00:00.000Z'],
    // The day the clocks go back (27 October 2024).
    ['2024-10-27', BERLIN, '2024-10-27T23:00:00.000Z'],
    ['2024-12-31', BERLIN, '2024-12-31T23:00:00.000Z'],
    ['2024-01-31', 'UTC', '2024-02-01T00:00:00.000Z'],
    ['2024-01-31', 'America/New_York', '2024-02-01T05:00:00.000Z'],
  ])('%s in %s ends at %s', (date, zone, instant) => {
    expect(endOfDay(date, zone).toISOString()).toBe(instant);
  });
});

describe('calendarDateAt', () => {
  it.each([
    ['2024-01-31T22:59:59Z', BERLIN, '2024-01-31'],
    ['2024-01-31T23:00:00Z', BERLIN, '2024-02-01'],
    ['2024-07-31T21:59:59Z', BERLIN, '2024-07-31'],
    ['2024-07-31T22:00:00Z', BERLIN, '2024-08-01'],
  ])('%s is %s on the calendar in %s', (instant, zone, date) => {
    expect(calendarDateAt(new Date(instant), zone)).toBe(date);
  });
});

describe('resolveNow (SITE_NOW)', () => {
  const clock = new Date('2026-11-28T12:00:00Z');
  it.each([
    [undefined, '2026-11-28T12:00:00.000Z'],
    ['', '2026-11-28T12:00:00.000Z'],
    ['2024-01-15', '2024-01-14T23:00:00.000Z'],
    ['2024-07-15', '2024-07-14T22:00:00.000Z'],
    ['2024-01-31T23:59:59', '2024-01-31T22:59:59.000Z'],
    ['2024-01-31T23:59:59+01:00', '2024-01-31T22:59:59.000Z'],
    ['2024-01-31T12:00:00Z', '2024-01-31T12:00:00.000Z'],
    ['2024-01-31 08:30', '2024-01-31T07:30:00.000Z'],
  ])('%s → %s', (value, expected) => {
    expect(resolveNow(value, clock, BERLIN).toISOString()).toBe(expected);
  });

  it.each(['tomorrow', '2024-02-30', '2024-01-31T25:00', '15.01.2024'])('rejects %s, naming SITE_NOW', (value) => {
    expect(() => resolveNow(value, clock, BERLIN)).toThrow(/^SITE_NOW: expected an ISO date or date-time/);
  });
});

describe('formatDate: calendar dates never shift a day', () => {
  it.each([
    ['2024-01-31', 'en-GB', '31 January 2024'],
    ['2024-01-31', 'en-US', 'January 31, 2024'],
    ['2024-01-31', 'de-DE', '31. Januar 2024'],
    ['2024-01-01', 'en-GB', '1 January 2024'],
    ['2022-04', 'en-GB', 'April 2022'],
    ['2022', 'en-GB', '2022'],
  ])('%s in %s → %s', (date, locale, text) => {
    expect(formatDate(date, locale)).toBe(text);
  });
});

describe('lastDayOf', () => {
  it.each([
    ['2025', '2025-12-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2023-06-15', '2023-06-15'],
  ])('%s → %s', (date, last) => {
    expect(lastDayOf(date)).toBe(last);
  });
});

describe('zoned instants', () => {
  it.each([
    ['2024-01-31T22:59:59Z', BERLIN, '2024-01-31T23:59:59+01:00'],
    ['2024-07-31T21:59:59Z', BERLIN, '2024-07-31T23:59:59+02:00'],
    ['2024-07-31T21:59:59Z', 'UTC', '2024-07-31T21:59:59+00:00'],
  ])('toZonedISO(%s, %s) → %s', (instant, zone, iso) => {
    expect(toZonedISO(new Date(instant), zone)).toBe(iso);
  });

  it.each([
    ['2024-01-15', '2024-01-14T23:00:00.000Z'],
    ['2024-07-15', '2024-07-14T22:00:00.000Z'],
  ])('startOfDay(%s) in Berlin → %s', (date, instant) => {
    expect(startOfDay(date, BERLIN).toISOString()).toBe(instant);
  });

  it.each([
    ['2024-01-26', '2024-01-31', 5],
    ['2024-03-30', '2024-04-02', 3],
    ['2024-10-26', '2024-10-28', 2],
    ['2024-02-01', '2024-01-31', -1],
  ])('daysBetween(%s, %s) → %d, across clock changes too', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
