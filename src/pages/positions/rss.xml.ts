import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl, contentLanguage, dictionary, getPositionsIndex } from '../../lib/content';
import { startOfDay } from '../../lib/dates';
import { applyBy, describeKinds } from '../../lib/positions';
import { site } from '../../site.config';

/** The open positions as an RSS feed, in the content language (a posting only in German stays German). */
export const GET: APIRoute = async () => {
  const t = dictionary(contentLanguage);
  const { open } = await getPositionsIndex(contentLanguage);
  return rss({
    title: `${site.name}: ${t.layout.feedPositions}`,
    description: t.layout.feedPositionsAbout(`${site.name}, ${site.university}`),
    site: absoluteUrl('/'),
    items: open.map((position) => ({
      title: position.title,
      link: absoluteUrl(position.href),
      pubDate: startOfDay(position.posted, site.timeZone),
      description: [describeKinds(position.kinds, t), `${applyBy(position.deadline, t)}.`, position.note]
        .filter(Boolean)
        .join(' · '),
      content: position.descriptionHtml,
      categories: position.kinds.map((kind) => t.positions.kinds[kind]),
    })),
    customData: `<language>${t.locale}</language>`,
  });
};
