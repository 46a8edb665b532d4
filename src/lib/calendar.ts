import ical from 'ical-generator';

/** One application deadline in the calendar. */
export interface DeadlineEvent {
  id: string;
  title: string;
  /** The end of the deadline day in the site's zone. */
  closesAt: Date;
  /** The absolute URL of the position's page. */
  url: string;
}

/**
 * An iCalendar file with one event per deadline: the last hour of the deadline day, ending the moment
 * the position closes, so that calendars show it on the right day in every time zone.
 */
export function buildDeadlineCalendar(
  events: readonly DeadlineEvent[],
  options: { name: string; host: string; now: Date },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: options.host, product: 'positions', language: 'EN' },
  });
  for (const event of events) {
    calendar.createEvent({
      id: `position-${event.id}@${options.host}`,
      start: new Date(event.closesAt.getTime() - 3_600_000),
      end: event.closesAt,
      // A fixed stamp keeps two builds at the same SITE_NOW identical.
      stamp: options.now,
      summary: `Application deadline: ${event.title}`,
      description: `Applications close at the end of this day. Details: ${event.url}`,
      url: event.url,
    });
  }
  return calendar.toString();
}
