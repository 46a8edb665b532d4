// When an event is: its instants in the site's zone, upcoming or past at a moment, how people read its time, and the
// calendar file and search-engine data made from it. Pure: "now" is always a parameter.
import ical from 'ical-generator';
import { endOfDay, formatDate, hasTime, startOf, toZonedISO, type CalendarDate, type DayOrTime } from './dates';

/** What an event's timing needs: a day (`2025-03-12`) or a day and a time on the site's clock (`2025-03-12T16:15`). */
export interface EventTiming {
  start: DayOrTime;
  end?: DayOrTime | undefined;
}

const dayOf = (value: DayOrTime): CalendarDate => value.slice(0, 10);

/** The instant an event begins. */
export function startsAt(event: EventTiming, timeZone: string): Date {
  return startOf(event.start, timeZone);
}

/**
 * The instant an event becomes past: its end time, or the end of its last day when `end` is a day. An event without
 * an `end` lasts until the end of the day it starts on (a talk stays "upcoming" through its evening).
 */
export function endsAt(event: EventTiming, timeZone: string): Date {
  if (event.end && hasTime(event.end)) return startOf(event.end, timeZone);
  return endOfDay(dayOf(event.end ?? event.start), timeZone);
}

/** Upcoming until the moment it ends. */
export function isUpcoming(event: EventTiming, now: Date, timeZone: string): boolean {
  return now.getTime() < endsAt(event, timeZone).getTime();
}

/**
 * Upcoming events, the soonest first (ties by title); then the past ones in groups by the year they started in (in the
 * site's zone), the newest year first, each the most recent first.
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
  const years = [...new Set(past.map((event) => event.start.slice(0, 4)))];
  return { upcoming, past: years.map((year) => ({ year, events: past.filter((e) => e.start.startsWith(year)) })) };
}

/** Intl.DateTimeFormat is slow to construct: one per locale, zone and style, for the whole build. */
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = formats.get(key);
  if (!made) formats.set(key, (made = new Intl.DateTimeFormat(locale, options)));
  return made;
}

/**
 * When an event is, for people, in the locale and the site's zone: `12 March 2025`, `4–6 March 2025`,
 * `12 March 2025, 16:15–17:45 CET` (the zone's name as the locale says it: CEST in summer, MEZ in German).
 */
export function formatEventTime(event: EventTiming, locale: string, timeZone: string): string {
  const { start, end } = event;
  if (!hasTime(start) && (!end || !hasTime(end))) {
    if (!end || dayOf(end) === start) return formatDate(start, locale);
    // Calendar days, formatted in UTC where they are constructed: no day can shift.
    const days = format(locale, { dateStyle: 'long', timeZone: 'UTC' });
    return days.formatRange(new Date(`${start}T00:00Z`), new Date(`${dayOf(end)}T00:00Z`));
  }
  const time = format(locale, { hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' });
  const from = startOf(start, timeZone);
  const day = formatDate(dayOf(start), locale);
  if (!end) return `${day}, ${time.format(from)}`;
  if (!hasTime(end)) return `${day}, ${time.format(from)} – ${formatDate(dayOf(end), locale)}`;
  const to = startOf(end, timeZone);
  if (dayOf(end) === dayOf(start)) return `${day}, ${time.formatRange(from, to)}`;
  return `${day}, ${time.format(from)} – ${formatDate(dayOf(end), locale)}, ${time.format(to)}`;
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
  id: string;
  title: string;
  location?: string | undefined;
  online?: string | undefined;
  /** The absolute URL of the event's page. */
  url: string;
  description?: string | undefined;
}

/** A calendar day as a Date at midnight UTC, as ical-generator writes an all-day date (VALUE=DATE). */
const utcDay = (day: CalendarDate, plusDays = 0) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
};

/**
 * An iCalendar file of events: timed ones at their instants (in UTC, so that every calendar shows them at the right
 * local time, summer time included), day-only ones as all-day events (the end is the day after the last, as iCalendar
 * counts). UIDs are stable (`<id>@<host>`), and DTSTAMP is the start, so that two builds write the same file.
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
    calendar.createEvent({
      id: `event-${event.id}@${host}`,
      allDay,
      start,
      end: allDay
        ? utcDay(dayOf(event.end ?? event.start), 1)
        : event.end
          ? endsAt(event, options.timeZone)
          : undefined,
      stamp: start,
      summary: event.title,
      location: event.location ?? event.online,
      description: [event.description, event.online && event.location ? event.online : undefined, event.url]
        .filter(Boolean)
        .join('\n\n'),
      url: event.url,
    });
  }
  return calendar.toString();
}

/** What the schema.org Event of an event's page says. */
export interface EventJsonLdInput extends EventTiming {
  name: string;
  timeZone: string;
  description?: string | undefined;
  /** The absolute URL of the event's page. */
  url: string;
  location?: string | undefined;
  online?: string | undefined;
  image?: string | undefined;
  organizer: { name: string; url: string };
  /** Where an event without a location or an online address is: the lab (Google requires a location). */
  venue: { name: string; address: Record<string, unknown> };
  performers: readonly string[];
}

/**
 * The schema.org `Event` of an event, as Google's event results ask for it: start and end with the offset the zone has
 * then (a day-only event as its date), how to attend (at a place, online, or both), the organizer and the speakers.
 */
export function buildEventJsonLd(input: EventJsonLdInput): Record<string, unknown> {
  const when = (value: DayOrTime) =>
    hasTime(value) ? toZonedISO(startOf(value, input.timeZone), input.timeZone) : value;
  const place = input.location && { '@type': 'Place', name: input.location, address: input.location };
  const virtual = input.online && { '@type': 'VirtualLocation', url: input.online };
  const mode = place && virtual ? 'Mixed' : virtual ? 'Online' : 'Offline';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    startDate: when(input.start),
    ...(input.end ? { endDate: when(input.end) } : {}),
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    eventStatus: 'https://schema.org/EventScheduled',
    // Google requires a location: an event that names none is at the lab.
    location: place && virtual ? [place, virtual] : (place ?? virtual ?? { '@type': 'Place', ...input.venue }),
    ...(input.description ? { description: input.description } : {}),
    ...(input.image ? { image: input.image } : {}),
    organizer: { '@type': 'Organization', name: input.organizer.name, url: input.organizer.url },
    ...(input.performers.length ? { performer: input.performers.map((name) => ({ '@type': 'Person', name })) } : {}),
    url: input.url,
  };
}
