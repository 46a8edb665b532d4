import type { APIRoute } from 'astro';
import { dictionary } from '../../i18n';
import { getSite } from '../../lib/content';
import { buildEventCalendar } from '../../lib/events';
import { calendarEvents } from '../../lib/model/agenda';
import { absoluteUrl } from '../../lib/urls';

/** The upcoming and recent events as an iCalendar file. */
export const GET: APIRoute = async () => {
  const model = await getSite();
  const { site, contentLanguage } = model;
  const body = buildEventCalendar(
    calendarEvents(model).map((event) => ({
      id: event.id,
      title: event.title,
      start: event.start,
      end: event.end,
      location: event.location,
      online: event.online,
      url: absoluteUrl(event.href),
      description: event.description || undefined,
    })),
    {
      name: `${model.chrome[contentLanguage].facts.name.text}: ${dictionary(contentLanguage).layout.feedEvents}`,
      timeZone: site.timeZone,
      url: absoluteUrl('/'),
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
