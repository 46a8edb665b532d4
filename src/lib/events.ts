// When an event is: its instants in the site's zone, upcoming or past at a moment, how people read its time, and the
// calendar file and search-engine data made from it. Pure: "now" is always a parameter.
import ical from 'ical-generator';
import {
  dateTimeFormat,
  endOfDay,
  formatDate,
  hasTime,
  startOf,
  toZonedISO,
  type CalendarDate,
  type DayOrTime,
} from './dates';

/** What an event's timing needs: a day (`2025-03-12`) or a day and a time on the site's clock (`2025-03-12T16:15`). */
export interface EventTiming {
  start: DayOrTime;
  end?: DayOrTime | undefined;
}

const dayOf = (value: DayOrTime): CalendarDate => value.slice(0, 10);

/** The instant an event begins: the start time, or the midnight its day begins with, in the site's zone. */
export function startsAt(event: EventTiming, timeZone: string): Date {
  return startOf(event.start, timeZone);
}

/**
 * The instant an event becomes past: its end time, or the end of its last day when `end` is a day. An event without
 * an `end` lasts until the end of the day it starts on, timed or not (a talk stays "upcoming" through its evening).
 */
export function endsAt(event: EventTiming, timeZone: string): Date {
  if (event.end && hasTime(event.end)) return startOf(event.end, timeZone);
  return endOfDay(dayOf(event.end ?? event.start), timeZone);
}

/** Upcoming until the moment it ends (see `endsAt`), past from then on. */
export function isUpcoming(event: EventTiming, now: Date, timeZone: string): boolean {
  return now.getTime() < endsAt(event, timeZone).getTime();
}

/**
 * Upcoming events, the soonest first (ties by title); then the past ones in groups by the year they start in (in the
 * site's zone, as `start` is written), the newest year first, each the most recent first.
 */
export function eventsByTime<E extends EventTiming & { title: string }>(
  events: readonly E[],
  now: Date,
  timeZone: string,
): { upcoming: E[]; past: { year: string; events: E[] }[] } {
  const start = (event: E) => startsAt(event, timeZone).getTime();
  const upcoming = events
    .filter((event) => isUpcoming(event, now, timeZone))
    .toSorted((a, b) => start(a) - start(b) || a.title.localeCompare(b.title));
  const past = events
    .filter((event) => !isUpcoming(event, now, timeZone))
    .toSorted((a, b) => start(b) - start(a) || a.title.localeCompare(b.title));
  const yearOf = (event: E) => event.start.slice(0, 4);
  const years = [...new Set(past.map(yearOf))];
  return { upcoming, past: years.map((year) => ({ year, events: past.filter((event) => yearOf(event) === year) })) };
}

const DAYS: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
const DAY_AND_TIME: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', ...TIME };
/** Between the two ends of a range put together here: what ICU puts between them in en and de (thin spaces). */
const TO = '\u2009–\u2009';

/**
 * When an event is, for people, in the locale and the site's zone (never the machine's): `12 March 2025`,
 * `12 – 14 March 2025`, `12 March 2025, 16:15–17:45 CET`, `4 March 2025 at 09:00 CET – 5 March 2025 at 17:00 CET`;
 * the zone's name as the locale says it (CEST in summer, MEZ and MESZ in German), the words and dashes Intl's own.
 */
export function formatEventTime(event: EventTiming, locale: string, timeZone: string): string {
  const { start, end } = event;
  const day = (value: DayOrTime) => formatDate(dayOf(value), locale);
  if (!hasTime(start) && !(end && hasTime(end))) {
    if (!end || dayOf(end) === start) return day(start);
    // Calendar days, built and formatted in UTC: no day can shift.
    const utc = (value: DayOrTime) => new Date(`${dayOf(value)}T00:00:00Z`);
    return dateTimeFormat(locale, 'UTC', DAYS).formatRange(utc(start), utc(end));
  }
  const full = dateTimeFormat(locale, timeZone, DAY_AND_TIME);
  const from = startsAt(event, timeZone);
  if (!end || (!hasTime(end) && dayOf(end) === dayOf(start))) return full.format(from);
  if (!hasTime(end)) return `${full.format(from)}${TO}${day(end)}`;
  const to = startOf(end, timeZone);
  if (!hasTime(start) && dayOf(end) !== start) return `${day(start)}${TO}${full.format(to)}`;
  // Within one day ICU names the zone once, even when summer time begins or ends between the two times.
  const offset = (instant: Date) => toZonedISO(instant, timeZone).slice(-6);
  if (dayOf(start) === dayOf(end) && offset(from) !== offset(to))
    return `${full.format(from)}${TO}${dateTimeFormat(locale, timeZone, TIME).format(to)}`;
  return full.formatRange(from, to);
}

/** The upcoming events and those that ended in the last `recentDays` days: what the calendar file holds. */
export function selectCalendarEvents<E extends EventTiming>(
  events: readonly E[],
  now: Date,
  timeZone: string,
  recentDays = 180,
): E[] {
  const since = now.getTime() - recentDays * 86_400_000;
  return events.filter((event) => endsAt(event, timeZone).getTime() > since);
}

/** One event in the calendar file. */
export interface CalendarEvent extends EventTiming {
  /** Its id (the file name): with the site's host, the event's UID. */
  id: string;
  title: string;
  location?: string | undefined;
  online?: string | undefined;
  /** The absolute URL of the event's page. */
  url: string;
  description?: string | undefined;
}

/** A calendar day as a Date at midnight UTC, which ical-generator writes as that date (VALUE=DATE) in any zone. */
const utcDay = (day: CalendarDate, plusDays = 0) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
};

/**
 * An iCalendar file of events. Timed ones at their instants in UTC, so that every calendar shows them at the right
 * local time across the change to summer time (no VTIMEZONE needed); one without an end is a moment, as RFC 5545 reads
 * a DTSTART without DTEND. Day-only ones are all-day events (VALUE=DATE), the end the day after the last, as iCalendar
 * counts. The UID (`<id>@<host>`) and DTSTAMP (the start) come from the event, so two builds write the same file.
 */
export function buildEventCalendar(
  events: readonly CalendarEvent[],
  options: { name: string; timeZone: string; url: string },
): string {
  const host = new URL(options.url).hostname;
  const calendar = ical({ name: options.name, prodId: { company: host, product: 'events', language: 'EN' } });
  for (const event of events) {
    const allDay = !hasTime(event.start);
    const start = allDay ? utcDay(event.start) : startsAt(event, options.timeZone);
    const end = allDay ? utcDay(dayOf(event.end ?? event.start), 1) : event.end && endsAt(event, options.timeZone);
    calendar.createEvent({
      id: `${event.id}@${host}`,
      allDay,
      start,
      end: end || undefined,
      stamp: start,
      summary: event.title,
      location: event.location ?? event.online,
      // The online address goes in the text when LOCATION holds the place.
      description: [event.description, event.location && event.online, event.url].filter(Boolean).join('\n\n'),
      url: event.url,
    });
  }
  return calendar.toString();
}

/** What the schema.org Event of an event's page says. */
interface EventJsonLdInput extends EventTiming {
  name: string;
  timeZone: string;
  description?: string | undefined;
  /** The absolute URL of the event's page. */
  url: string;
  location?: string | undefined;
  online?: string | undefined;
  image?: string | undefined;
  organizer: { name: string; url: string };
  /** Where an event without a location or an online address is (the lab): Google requires a location. */
  venue?: { name: string; address: string | Record<string, unknown> } | undefined;
  performers: readonly string[];
}

/**
 * The schema.org `Event` of an event, as Google's event results ask for it: start and end with the offset the zone has
 * then (a day-only event as its date; one without an end ends that day), how to attend (at a place, online, or both),
 * the organizer and the speakers.
 */
export function buildEventJsonLd(input: EventJsonLdInput): Record<string, unknown> {
  const when = (value: DayOrTime) =>
    hasTime(value) ? toZonedISO(startOf(value, input.timeZone), input.timeZone) : value;
  // A timed event without an end has no end time to give; a day-only one lasts its day.
  const end = input.end ?? (hasTime(input.start) ? undefined : input.start);
  const place = input.location ? { '@type': 'Place', name: input.location, address: input.location } : undefined;
  const virtual = input.online ? { '@type': 'VirtualLocation', url: input.online } : undefined;
  const mode = place && virtual ? 'Mixed' : virtual ? 'Online' : 'Offline';
  const location =
    place && virtual ? [place, virtual] : (place ?? virtual ?? (input.venue && { '@type': 'Place', ...input.venue }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    startDate: when(input.start),
    ...(end ? { endDate: when(end) } : {}),
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    eventStatus: 'https://schema.org/EventScheduled',
    ...(location ? { location } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(input.image ? { image: input.image } : {}),
    organizer: { '@type': 'Organization', name: input.organizer.name, url: input.organizer.url },
    ...(input.performers.length ? { performer: input.performers.map((name) => ({ '@type': 'Person', name })) } : {}),
    url: input.url,
  };
}
