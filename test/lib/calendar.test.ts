import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildDeadlineCalendar } from '../../src/lib/calendar';
import { endOfDay } from '../../src/lib/dates';

const BERLIN = 'Europe/Berlin';

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

describe('buildDeadlineCalendar', () => {
  const ics = buildDeadlineCalendar(
    [
      {
        id: 'winter',
        title: 'Winter PhD',
        closesAt: endOfDay('2024-01-31', BERLIN),
        url: 'https://example.org/positions/winter/',
      },
      {
        id: 'summer',
        title: 'Summer postdoc',
        closesAt: endOfDay('2024-07-31', BERLIN),
        url: 'https://example.org/positions/summer/',
      },
    ],
    { name: 'Deadlines', host: 'example.org', now: new Date('2024-01-15T00:00:00Z') },
  );

  it('parses with an independent parser and ends each event when the position closes (Berlin midnight)', () => {
    expect(parse(ics)).toEqual([
      {
        uid: 'position-winter@example.org',
        summary: 'Application deadline: Winter PhD',
        start: '2024-01-31T22:00:00.000Z',
        end: '2024-01-31T23:00:00.000Z',
      },
      {
        uid: 'position-summer@example.org',
        summary: 'Application deadline: Summer postdoc',
        start: '2024-07-31T21:00:00.000Z',
        end: '2024-07-31T22:00:00.000Z',
      },
    ]);
  });

  it('is the same for the same input (reproducible builds)', () => {
    const again = buildDeadlineCalendar([], {
      name: 'Deadlines',
      host: 'example.org',
      now: new Date('2024-01-15T00:00:00Z'),
    });
    expect(again).toBe(
      buildDeadlineCalendar([], { name: 'Deadlines', host: 'example.org', now: new Date('2024-01-15T00:00:00Z') }),
    );
    expect(ics).toContain('DTSTAMP:20240115T000000Z');
  });
});
