import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { resolveNow } from '../../src/lib/dates';
import {
  buildEventCalendar,
  buildEventJsonLd,
  endsAt,
  eventsByTime,
  formatEventTime,
  isUpcoming,
  selectCalendarEvents,
} from '../../src/lib/events';
import { googleEvent } from '../helpers/google';

const zone = 'Europe/Berlin';
/** The moment a build with this SITE_NOW is "at". */
const at = (siteNow: string) => resolveNow(siteNow, new Date(0), zone);

describe('upcoming or past', () => {
  it.each([
    // A day-only event is upcoming through the end of its day in Berlin, in winter (UTC+1) and in summer (UTC+2).
    [{ start: '2025-01-15' }, '2025-01-15T23:59', true],
    [{ start: '2025-01-15' }, '2025-01-16', false],
    [{ start: '2025-07-15' }, '2025-07-15T23:59', true],
    [{ start: '2025-07-15' }, '2025-07-16T00:00', false],
    // Several days: through the last one.
    [{ start: '2025-03-04', end: '2025-03-06' }, '2025-03-06T23:59', true],
    [{ start: '2025-03-04', end: '2025-03-06' }, '2025-03-07', false],
    // A timed event: until its end time, on the Berlin clock.
    [{ start: '2025-01-15T16:15', end: '2025-01-15T17:45' }, '2025-01-15T17:44', true],
    [{ start: '2025-01-15T16:15', end: '2025-01-15T17:45' }, '2025-01-15T17:45', false],
    [{ start: '2025-07-15T16:15', end: '2025-07-15T17:45' }, '2025-07-15T17:44', true],
    [{ start: '2025-07-15T16:15', end: '2025-07-15T17:45' }, '2025-07-15T17:45', false],
    // With an offset, as SITE_NOW may be written: 15:45Z is 17:45 in Berlin summer time.
    [{ start: '2025-07-15T16:15', end: '2025-07-15T17:45' }, '2025-07-15T15:44Z', true],
    [{ start: '2025-07-15T16:15', end: '2025-07-15T17:45' }, '2025-07-15T15:45Z', false],
    // A timed event without an end lasts the day it starts on.
    [{ start: '2025-01-15T16:15' }, '2025-01-15T23:59', true],
    [{ start: '2025-01-15T16:15' }, '2025-01-16', false],
    // Across the change to summer time (30 March 2025, 02:00 → 03:00).
    [{ start: '2025-03-29T22:00', end: '2025-03-30T03:30' }, '2025-03-30T03:29', true],
    [{ start: '2025-03-29T22:00', end: '2025-03-30T03:30' }, '2025-03-30T01:30Z', false],
  ])('%j at %s: upcoming %s', (event, siteNow, upcoming) => {
    expect(isUpcoming(event, at(siteNow), zone)).toBe(upcoming);
  });

  it('ends a day-only event at midnight in Berlin, in winter and in summer', () => {
    expect(endsAt({ start: '2025-01-15' }, zone).toISOString()).toBe('2025-01-15T23:00:00.000Z');
    expect(endsAt({ start: '2025-07-15' }, zone).toISOString()).toBe('2025-07-15T22:00:00.000Z');
  });

  it('lists upcoming events soonest first and past ones by year, the most recent first', () => {
    const events = [
      { title: 'B', start: '2025-02-01' },
      { title: 'A', start: '2025-02-01' },
      { title: 'Old', start: '2023-05-01T10:00' },
      { title: 'Later past', start: '2024-12-31T23:30' },
      { title: 'Earlier past', start: '2024-01-02' },
      { title: 'Soon', start: '2025-01-20T09:00' },
    ];
    const { upcoming, past } = eventsByTime(events, at('2025-01-15'), zone);
    expect(upcoming.map((e) => e.title)).toEqual(['Soon', 'A', 'B']);
    expect(past.map(({ year, events }) => [year, events.map((e) => e.title)])).toEqual([
      ['2024', ['Later past', 'Earlier past']],
      ['2023', ['Old']],
    ]);
  });

  it('calendars hold the upcoming events and those of the last 180 days', () => {
    const events = [{ start: '2024-07-01' }, { start: '2024-07-20' }, { start: '2025-02-01' }];
    expect(selectCalendarEvents(events, at('2025-01-15'), zone)).toEqual([
      { start: '2024-07-20' },
      { start: '2025-02-01' },
    ]);
  });
});

describe('how people read the time', () => {
  it.each([
    [{ start: '2025-03-12' }, 'en-GB', '12 March 2025'],
    [{ start: '2025-03-12' }, 'de-DE', '12. März 2025'],
    [{ start: '2025-01-15T16:15', end: '2025-01-15T17:45' }, 'en-GB', '15 January 2025, 16:15–17:45 CET'],
    [{ start: '2025-07-15T16:15', end: '2025-07-15T17:45' }, 'en-GB', '15 July 2025, 16:15–17:45 CEST'],
    [{ start: '2025-01-15T16:15' }, 'en-GB', '15 January 2025, 16:15 CET'],
    [{ start: '2025-07-15T16:15' }, 'de-DE', '15. Juli 2025, 16:15 MESZ'],
    [
      { start: '2025-03-04T09:00', end: '2025-03-05T17:00' },
      'en-GB',
      '4 March 2025, 09:00 CET – 5 March 2025, 17:00 CET',
    ],
  ])('%j in %s', (event, locale, expected) => {
    expect(formatEventTime(event, locale, zone)).toBe(expected);
  });

  it('gives several days as a range', () => {
    expect(formatEventTime({ start: '2025-03-04', end: '2025-03-06' }, 'en-GB', zone)).toMatch(
      /^4\s?–\s?6 March 2025$/,
    );
    expect(formatEventTime({ start: '2025-02-28', end: '2025-03-02' }, 'en-GB', zone)).toMatch(
      /^28 February\s?–\s?2 March 2025$/,
    );
  });
});

describe('the calendar file', () => {
  const ics = buildEventCalendar(
    [
      {
        id: 'winter',
        title: 'Winter talk',
        start: '2025-01-15T16:15',
        end: '2025-01-15T17:45',
        url: 'https://ml.example.org/events/winter/',
        location: 'Room 101',
      },
      {
        id: 'summer',
        title: 'Summer talk',
        start: '2025-07-15T16:15',
        url: 'https://ml.example.org/events/summer/',
        online: 'https://meet.example.org/x',
      },
      {
        id: 'workshop',
        title: 'Workshop',
        start: '2025-03-04',
        end: '2025-03-06',
        url: 'https://ml.example.org/events/workshop/',
      },
    ],
    { name: 'ML Group: events', timeZone: zone, url: 'https://ml.example.org/' },
  );
  const events = new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
  const byTitle = new Map(events.map((event) => [event.summary, event]));

  it('puts 16:15 in Berlin at the right instant in winter and in summer, read by an independent parser', () => {
    expect(byTitle.get('Winter talk')!.startDate.toJSDate().toISOString()).toBe('2025-01-15T15:15:00.000Z');
    expect(byTitle.get('Winter talk')!.endDate.toJSDate().toISOString()).toBe('2025-01-15T16:45:00.000Z');
    expect(byTitle.get('Summer talk')!.startDate.toJSDate().toISOString()).toBe('2025-07-15T14:15:00.000Z');
    expect(byTitle.get('Summer talk')!.location).toBe('https://meet.example.org/x');
  });

  it('gives day-only events as all-day dates, the end the day after the last', () => {
    const workshop = byTitle.get('Workshop')!;
    expect([workshop.startDate.isDate, workshop.startDate.toString(), workshop.endDate.toString()]).toEqual([
      true,
      '2025-03-04',
      '2025-03-07',
    ]);
  });

  it('has stable ids and stamps, so that two builds write the same file', () => {
    expect(events.map((event) => event.uid)).toEqual([
      'event-winter@ml.example.org',
      'event-summer@ml.example.org',
      'event-workshop@ml.example.org',
    ]);
    expect(ics).not.toMatch(/DTSTAMP:20(?!25)/);
  });
});

describe('schema.org Event', () => {
  const base = {
    name: 'A talk',
    timeZone: zone,
    url: 'https://ml.example.org/events/a/',
    organizer: { name: 'ML Group, University of Rostock', url: 'https://ml.example.org/' },
    venue: {
      name: 'ML Group, University of Rostock',
      address: { '@type': 'PostalAddress', addressLocality: 'Rostock', addressCountry: 'DE' },
    },
    performers: ['Ada Guest'],
  };

  it.each([
    [
      { start: '2025-01-15T16:15', end: '2025-01-15T17:45', location: 'Room 101' },
      '2025-01-15T16:15:00+01:00',
      'Offline',
      'Place',
    ],
    [
      { start: '2025-07-15T16:15', online: 'https://meet.example.org/x' },
      '2025-07-15T16:15:00+02:00',
      'Online',
      'VirtualLocation',
    ],
    [
      { start: '2025-03-04', end: '2025-03-06', location: 'Rostock', online: 'https://meet.example.org/x' },
      '2025-03-04',
      'Mixed',
      undefined,
    ],
    [{ start: '2025-03-04' }, '2025-03-04', 'Offline', 'Place'],
  ])("%j meets Google's required and recommended fields", (event, startDate, mode, locationType) => {
    const ld = googleEvent.parse(buildEventJsonLd({ ...base, ...event }));
    expect(ld.startDate).toBe(startDate);
    expect(ld.eventAttendanceMode).toBe(`https://schema.org/${mode}EventAttendanceMode`);
    if (locationType) expect(ld.location).toMatchObject({ '@type': locationType });
    else expect(ld.location).toHaveLength(2);
    expect(ld.performer).toEqual([{ '@type': 'Person', name: 'Ada Guest' }]);
  });
});
