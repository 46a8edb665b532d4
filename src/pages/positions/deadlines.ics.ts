import type { APIRoute } from 'astro';
import { dictionary } from '../../i18n';
import { buildDeadlineCalendar } from '../../lib/calendar';
import { getSite } from '../../lib/content';
import { positionsIndex } from '../../lib/model/queries';
import { absoluteUrl } from '../../lib/urls';

/** The deadlines of the open positions as an iCalendar file. */
export const GET: APIRoute = async () => {
  const model = await getSite();
  const { site, contentLanguage, now } = model;
  const events = positionsIndex(model, contentLanguage).open.flatMap((position) =>
    position.closesAt
      ? [{ id: position.id, title: position.title, closesAt: position.closesAt, url: absoluteUrl(position.href) }]
      : [],
  );
  const body = buildDeadlineCalendar(events, {
    name: `${model.chrome[contentLanguage].facts.name.text}: ${dictionary(contentLanguage).layout.feedDeadlines}`,
    host: new URL(site.url).hostname,
    now,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
