import type { APIRoute } from 'astro';
import { absoluteUrl, contentLanguage, dictionary, getPositionsIndex, now } from '../../lib/content';
import { buildDeadlineCalendar } from '../../lib/calendar';
import { site } from '../../site.config';

/** The deadlines of the open positions as an iCalendar file. */
export const GET: APIRoute = async () => {
  const { open } = await getPositionsIndex(contentLanguage);
  const events = open.flatMap((position) =>
    position.closesAt
      ? [{ id: position.id, title: position.title, closesAt: position.closesAt, url: absoluteUrl(position.href) }]
      : [],
  );
  const body = buildDeadlineCalendar(events, {
    name: `${site.name}: ${dictionary(contentLanguage).layout.feedDeadlines}`,
    host: new URL(site.url).hostname,
    now,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
