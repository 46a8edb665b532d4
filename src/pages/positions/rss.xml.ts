import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl, getPositionsIndex } from '../../lib/content';
import { startOfDay } from '../../lib/dates';
import { applyBy, describeKinds, KIND_LABELS } from '../../lib/positions';
import { site } from '../../site.config';

/** The open positions as an RSS feed. */
export const GET: APIRoute = async () => {
  const { open } = await getPositionsIndex();
  return rss({
    title: `${site.name}: open positions`,
    description: `Open positions at the ${site.name}, ${site.university}.`,
    site: absoluteUrl('/'),
    items: open.map((position) => ({
      title: position.title,
      link: absoluteUrl(position.href),
      pubDate: startOfDay(position.posted, site.timeZone),
      description: [describeKinds(position.kinds), `${applyBy(position.deadline, site.locale)}.`, position.note]
        .filter(Boolean)
        .join(' · '),
      content: position.descriptionHtml,
      categories: position.kinds.map((kind) => KIND_LABELS[kind]),
    })),
    customData: `<language>${site.locale}</language>`,
  });
};
