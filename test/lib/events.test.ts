import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveNow } from '../../src/lib/dates';
import {
  buildEventCalendar,
  buildEventJsonLd,
  endsAt,
  eventsByTime,
  formatEventTime,
  isUpcoming,
  selectCalendarEvents,
  startsAt,
  type CalendarEvent,
} from '../../src/lib/events';
import { googleEvent } from '../helpers/google';

const zone = 'Europe/Berlin';
/** The moment a build with this SITE_NOW is "at". */
const at = (siteNow: string) => resolveNow(siteNow, new Date(0), zone);

/** Runs `run` as if the machine's clock were in another zone: the site's zone must decide, never the machine's. */
function inMachineZone<T>(machineZone: string, run: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = machineZone;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
const machineZones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles'];

it.each(machineZones)('moves the clock of this process to %s and back', (machineZone) => {
  const offset = () => new Date('2025-01-15T12:00:00Z').getTimezoneOffset();
  const here = offset();
  expect(inMachineZone(machineZone, offset)).not.toBe(here);
  expect(offset()).toBe(here);
});

describe('upcoming or past', () => {
  const talk = (day: string) => ({ start: `${day}T16:15`, end: `${day}T17:45` });
  it.each([
    // A day-only event is upcoming through the end of its day in Berlin, in winter (UTC+1) and in summer (UTC+2).
    [{ start: '2025-01-15' }, '2025-01-15T23:59', true],
    [{ start: '2025-01-15' }, '2025-01-16', false],
    [{ start: '2025-01-15' }, '2025-01-15T22:59:59Z', true],
    [{ start: '2025-01-15' }, '2025-01-15T23:00Z', false],
    [{ start: '2025-07-15' }, '2025-07-15T23:59', true],
    [{ start: '2025-07-15' }, '2025-07-16T00:00', false],
    [{ start: '2025-07-15' }, '2025-07-15T21:59:59Z', true],
    [{ start: '2025-07-15' }, '2025-07-15T22:00Z', false],
    // Several days: through the last one.
    [{ start: '2025-03-04', end: '2025-03-06' }, '2025-03-06T23:59', true],
    [{ start: '2025-03-04', end: '2025-03-06' }, '2025-03-07', false],
    // A timed event: until its end time on the Berlin clock, and past at it (SITE_NOW as written in a build).
    [talk('2025-01-15'), '2025-01-15T17:44', true],
    [talk('2025-01-15'), '2025-01-15T17:45', false],
    [talk('2025-01-15'), '2025-01-15T16:44:59Z', true],
    [talk('2025-01-15'), '2025-01-15T16:45Z', false],
    [talk('2025-07-15'), '2025-07-15T17:44', true],
    [talk('2025-07-15'), '2025-07-15T17:45', false],
    [talk('2025-07-15'), '2025-07-15T15:44:59Z', true],
    [talk('2025-07-15'), '2025-07-15T15:45Z', false],
    // Without an end, timed or not, it lasts the day it starts on.
    [{ start: '2025-01-15T16:15' }, '2025-01-15T23:59', true],
    [{ start: '2025-01-15T16:15' }, '2025-01-16', false],
    [{ start: '2025-07-15T16:15' }, '2025-07-15T23:59', true],
    [{ start: '2025-07-15T16:15' }, '2025-07-16', false],
    // A timed start and a day as the end: through that day.
    [{ start: '2025-03-04T09:00', end: '2025-03-05' }, '2025-03-05T23:59', true],
    [{ start: '2025-03-04T09:00', end: '2025-03-05' }, '2025-03-06', false],
    // Across the change to summer time (30 March 2025, 02:00 CET → 03:00 CEST): 03:30 CEST is 01:30Z.
    [{ start: '2025-03-29T22:00', end: '2025-03-30T03:30' }, '2025-03-30T03:29', true],
    [{ start: '2025-03-29T22:00', end: '2025-03-30T03:30' }, '2025-03-30T01:29Z', true],
    [{ start: '2025-03-29T22:00', end: '2025-03-30T03:30' }, '2025-03-30T01:30Z', false],
  ])('%j at SITE_NOW=%s: upcoming %s', (event, siteNow, upcoming) => {
    expect(isUpcoming(event, at(siteNow), zone)).toBe(upcoming);
  });

  it.each([
    [{ start: '2025-01-15' }, '2025-01-14T23:00:00.000Z', '2025-01-15T23:00:00.000Z'],
    [{ start: '2025-07-15' }, '2025-07-14T22:00:00.000Z', '2025-07-15T22:00:00.000Z'],
    [{ start: '2025-01-15T16:15' }, '2025-01-15T15:15:00.000Z', '2025-01-15T23:00:00.000Z'],
    [{ start: '2025-07-15T16:15', end: '2025-07-15T17:45' }, '2025-07-15T14:15:00.000Z', '2025-07-15T15:45:00.000Z'],
    [{ start: '2025-10-24', end: '2025-10-26' }, '2025-10-23T22:00:00.000Z', '2025-10-26T23:00:00.000Z'],
  ])('%j begins at %s and becomes past at %s', (event, begins, ends) => {
    expect([startsAt(event, zone).toISOString(), endsAt(event, zone).toISOString()]).toEqual([begins, ends]);
  });

  it('lists upcoming events soonest first (ties by title) and past ones by year in Berlin, the most recent first', () => {
    const events = [
      { title: 'B', start: '2025-02-01' },
      { title: 'A', start: '2025-02-01' },
      { title: 'Old', start: '2023-05-01T10:00' },
      // 00:30 on New Year's Day in Berlin is still 2024 in UTC: it belongs to 2025.
      { title: 'New Year', start: '2025-01-01T00:30' },
      { title: 'Later past', start: '2024-12-31T18:00' },
      { title: 'Earlier past', start: '2024-01-02' },
      { title: 'Today', start: '2025-01-15T09:00' },
      { title: 'Soon', start: '2025-01-20T09:00' },
    ];
    const { upcoming, past } = eventsByTime(events, at('2025-01-15T12:00'), zone);
    expect(upcoming.map((e) => e.title)).toEqual(['Today', 'Soon', 'A', 'B']);
    expect(past.map(({ year, events }) => [year, events.map((e) => e.title)])).toEqual([
      ['2025', ['New Year']],
      ['2024', ['Later past', 'Earlier past']],
      ['2023', ['Old']],
    ]);
  });

  it('gives the calendar the upcoming events and those that ended in the last 180 days', () => {
    const events = [{ start: '2024-07-18' }, { start: '2024-07-19' }, { start: '2025-01-14' }, { start: '2025-02-01' }];
    // 15 January 2025 minus 180 days is 19 July 2024, 00:00 in Berlin: the 18th ended exactly then.
    expect(selectCalendarEvents(events, at('2025-01-15'), zone)).toEqual(events.slice(1));
    expect(selectCalendarEvents(events, at('2025-01-15'), zone, 0)).toEqual(events.slice(3));
  });
});

describe('how people read the time', () => {
  it.each([
    [{ start: '2025-03-12' }, 'en-GB', '12 March 2025'],
    [{ start: '2025-03-12' }, 'de', '12. März 2025'],
    [{ start: '2025-03-12', end: '2025-03-14' }, 'en-GB', '12\u2009–\u200914 March 2025'],
    [{ start: '2025-03-12', end: '2025-03-14' }, 'de', '12.–14. März 2025'],
    [{ start: '2025-02-28', end: '2025-03-02' }, 'en-GB', '28 February\u2009–\u20092 March 2025'],
    [{ start: '2025-02-28', end: '2025-03-02' }, 'de', '28. Februar\u2009–\u20092. März 2025'],
    [{ start: '2025-03-12', end: '2025-03-12' }, 'en-GB', '12 March 2025'],
    // Timed: the zone's name in the locale, winter and summer.
    [{ start: '2025-03-12T16:15', end: '2025-03-12T17:45' }, 'en-GB', '12 March 2025, 16:15–17:45 CET'],
    [{ start: '2025-07-15T16:15', end: '2025-07-15T17:45' }, 'en-GB', '15 July 2025, 16:15–17:45 CEST'],
    [{ start: '2025-03-12T16:15', end: '2025-03-12T17:45' }, 'de', '12. März 2025, 16:15–17:45 Uhr MEZ'],
    [{ start: '2025-07-15T16:15', end: '2025-07-15T17:45' }, 'de', '15. Juli 2025, 16:15–17:45 Uhr MESZ'],
    [{ start: '2025-01-15T16:15' }, 'en-GB', '15 January 2025 at 16:15 CET'],
    [{ start: '2025-07-15T16:15' }, 'de', '15. Juli 2025 um 16:15 MESZ'],
    // Several days with times: both dates with their times.
    [
      { start: '2025-03-04T09:00', end: '2025-03-05T17:00' },
      'en-GB',
      '4 March 2025 at 09:00 CET\u2009–\u20095 March 2025 at 17:00 CET',
    ],
    [
      { start: '2025-03-04T09:00', end: '2025-03-05T17:00' },
      'de',
      '4. März 2025 um 09:00 MEZ\u2009–\u20095. März 2025 um 17:00 MEZ',
    ],
    // Summer time begins in the night: each time keeps its own zone.
    [
      { start: '2025-03-30T01:00', end: '2025-03-30T04:00' },
      'en-GB',
      '30 March 2025 at 01:00 CET\u2009–\u200904:00 CEST',
    ],
    [
      { start: '2025-03-29T22:00', end: '2025-03-30T03:30' },
      'en-GB',
      '29 March 2025 at 22:00 CET\u2009–\u200930 March 2025 at 03:30 CEST',
    ],
    // A time and a day, or a day and a time.
    [{ start: '2025-03-04T09:00', end: '2025-03-06' }, 'en-GB', '4 March 2025 at 09:00 CET\u2009–\u20096 March 2025'],
    [{ start: '2025-03-04T09:00', end: '2025-03-04' }, 'en-GB', '4 March 2025 at 09:00 CET'],
    [{ start: '2025-03-04', end: '2025-03-06T12:00' }, 'en-GB', '4 March 2025\u2009–\u20096 March 2025 at 12:00 CET'],
  ])('%j in %s: %s', (event, locale, expected) => {
    expect(formatEventTime(event, locale, zone)).toBe(expected);
  });

  it.each(machineZones)('is the same on a machine whose clock is in %s', (machineZone) => {
    const read = () =>
      [{ start: '2025-03-12' }, { start: '2025-02-28', end: '2025-03-02' }, { start: '2025-07-15T00:15' }].map(
        (event) => formatEventTime(event, 'en-GB', zone),
      );
    const here = read();
    expect(inMachineZone(machineZone, read)).toEqual(here);
    expect(here).toEqual(['12 March 2025', '28 February\u2009–\u20092 March 2025', '15 July 2025 at 00:15 CEST']);
  });
});

describe('the calendar file', () => {
  const site = { name: 'ML Group: events', timeZone: zone, url: 'https://ml.example.org/' };
  const input: CalendarEvent[] = [
    {
      id: 'winter',
      title: 'Winter talk',
      start: '2025-01-15T16:15',
      end: '2025-01-15T17:45',
      url: 'https://ml.example.org/events/winter/',
      location: 'Room 101, Rostock',
      online: 'https://meet.example.org/w',
      description: 'On causal discovery.',
    },
    {
      id: 'summer',
      title: 'Summer talk',
      start: '2025-07-15T16:15',
      url: 'https://ml.example.org/events/summer/',
      online: 'https://meet.example.org/s',
    },
    { id: 'workshop', title: 'Workshop', start: '2025-03-04', end: '2025-03-06', url: 'https://ml.example.org/w/' },
    { id: 'defence', title: 'Defence', start: '2025-10-26', url: 'https://ml.example.org/events/defence/' },
  ];
  const parse = (ics: string) => {
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    return new Map(events.map((event) => [event.summary, event]));
  };
  const ics = buildEventCalendar(input, site);
  const byTitle = parse(ics);
  const instant = (title: string, which: 'startDate' | 'endDate') =>
    byTitle.get(title)![which].toJSDate().toISOString();

  it('puts 16:15 in Berlin at the right instant in winter and in summer, read by an independent parser', () => {
    expect(instant('Winter talk', 'startDate')).toBe('2025-01-15T15:15:00.000Z');
    expect(instant('Winter talk', 'endDate')).toBe('2025-01-15T16:45:00.000Z');
    expect(instant('Summer talk', 'startDate')).toBe('2025-07-15T14:15:00.000Z');
    // Without an end it is a moment in a calendar (RFC 5545), though the site lists it as upcoming all that day.
    expect(instant('Summer talk', 'endDate')).toBe('2025-07-15T14:15:00.000Z');
  });

  it.each([
    ['Workshop', '2025-03-04', '2025-03-07'],
    ['Defence', '2025-10-26', '2025-10-27'],
  ])('gives %s as an all-day event from %s to %s (the day after the last)', (title, start, end) => {
    const event = byTitle.get(title)!;
    expect([event.startDate.isDate, event.startDate.toString(), event.endDate.toString()]).toEqual([true, start, end]);
  });

  it.each(machineZones)('writes the same file on a machine whose clock is in %s', (machineZone) => {
    expect(inMachineZone(machineZone, () => buildEventCalendar(input, site))).toBe(ics);
  });

  it('says where and what: the place or the online address, the page, the text', () => {
    const winter = byTitle.get('Winter talk')!;
    expect([winter.location, winter.component.getFirstPropertyValue('url')]).toEqual([
      'Room 101, Rostock',
      'https://ml.example.org/events/winter/',
    ]);
    expect(winter.description).toBe(
      'On causal discovery.\n\nhttps://meet.example.org/w\n\nhttps://ml.example.org/events/winter/',
    );
    expect(byTitle.get('Summer talk')!.location).toBe('https://meet.example.org/s');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('has stable UIDs and stamps from the events, so that two builds write the same file', () => {
    expect([...byTitle.values()].map((event) => event.uid)).toEqual([
      'winter@ml.example.org',
      'summer@ml.example.org',
      'workshop@ml.example.org',
      'defence@ml.example.org',
    ]);
    expect([...byTitle.values()].map((event) => event.component.getFirstPropertyValue('dtstamp')!.toString())).toEqual([
      '2025-01-15T15:15:00Z',
      '2025-07-15T14:15:00Z',
      '2025-03-04T00:00:00Z',
      '2025-10-26T00:00:00Z',
    ]);
    vi.useFakeTimers({ now: new Date('2030-06-01T12:00:00Z') });
    expect(buildEventCalendar(input, site)).toBe(ics);
  });
});

describe('schema.org Event', () => {
  const base = {
    name: 'A talk',
    timeZone: zone,
    url: 'https://ml.example.org/events/a/',
    organizer: { name: 'ML Group, University of Rostock', url: 'https://ml.example.org/' },
    performers: ['Ada Guest'],
  };
  const offsetForm = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
  const place = { '@type': 'Place', name: 'Room 101', address: 'Room 101' };
  const virtual = { '@type': 'VirtualLocation', url: 'https://meet.example.org/x' };

  it.each([
    [
      { start: '2025-01-15T16:15', end: '2025-01-15T17:45', location: 'Room 101' },
      ['2025-01-15T16:15:00+01:00', '2025-01-15T17:45:00+01:00'],
      'Offline',
      place,
    ],
    [
      { start: '2025-07-15T16:15', end: '2025-07-15T17:45', online: 'https://meet.example.org/x' },
      ['2025-07-15T16:15:00+02:00', '2025-07-15T17:45:00+02:00'],
      'Online',
      virtual,
    ],
    [
      {
        start: '2025-03-29T22:00',
        end: '2025-03-30T03:30',
        location: 'Room 101',
        online: 'https://meet.example.org/x',
      },
      ['2025-03-29T22:00:00+01:00', '2025-03-30T03:30:00+02:00'],
      'Mixed',
      [place, virtual],
    ],
    [{ start: '2025-03-04', end: '2025-03-06', location: 'Room 101' }, ['2025-03-04', '2025-03-06'], 'Offline', place],
    // A day-only event without an end lasts its day; a timed one has no end time to give.
    [{ start: '2025-03-04', location: 'Room 101' }, ['2025-03-04', '2025-03-04'], 'Offline', place],
    [{ start: '2025-07-15T16:15', location: 'Room 101' }, ['2025-07-15T16:15:00+02:00', undefined], 'Offline', place],
  ])("%j meets Google's required and recommended fields", (event, [startDate, endDate], mode, location) => {
    const ld = googleEvent.parse(buildEventJsonLd({ ...base, ...event }));
    expect([ld.startDate, ld.endDate]).toEqual([startDate, endDate]);
    for (const date of [ld.startDate, ld.endDate ?? '']) if (date.length > 10) expect(date).toMatch(offsetForm);
    expect(ld.eventAttendanceMode).toBe(`https://schema.org/${mode}EventAttendanceMode`);
    expect(ld.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(ld.location).toEqual(location);
    expect(ld.organizer).toEqual({ '@type': 'Organization', ...base.organizer });
    expect(ld.performer).toEqual([{ '@type': 'Person', name: 'Ada Guest' }]);
  });

  it('gives the description and image when there are some, and no performer without speakers', () => {
    const ld = buildEventJsonLd({
      ...base,
      start: '2025-03-12',
      location: 'Room 101',
      description: 'A seminar.',
      image: 'https://ml.example.org/cards/a.png',
      performers: [],
    });
    expect(googleEvent.parse(ld)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'A talk',
      description: 'A seminar.',
      image: 'https://ml.example.org/cards/a.png',
      url: 'https://ml.example.org/events/a/',
    });
    expect(ld).not.toHaveProperty('performer');
  });

  it('places an event that names neither place nor address at the venue it is given', () => {
    const venue = { name: 'ML Group', address: { '@type': 'PostalAddress', addressLocality: 'Rostock' } };
    const ld = googleEvent.parse(buildEventJsonLd({ ...base, start: '2025-03-12', venue }));
    expect(ld.location).toEqual({ '@type': 'Place', ...venue });
    expect(buildEventJsonLd({ ...base, start: '2025-03-12' })).not.toHaveProperty('location');
  });
});
