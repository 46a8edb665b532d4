import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { dictionary } from '../../i18n';
import { getSite } from '../../lib/content';
import { startOfDay } from '../../lib/dates';
import { positionsIndex } from '../../lib/model/queries';
import { applyBy, describeKinds } from '../../lib/positions';
import { labLine } from '../../lib/site';
import { absoluteUrl } from '../../lib/urls';

/** The open positions as an RSS feed, in the content language (a posting only in German stays German). */
export const GET: APIRoute = async () => {
  const model = await getSite();
  const { site, contentLanguage } = model;
  const t = dictionary(contentLanguage);
  const { facts } = model.chrome[contentLanguage];
  return rss({
    title: `${facts.name.text}: ${t.layout.feedPositions}`,
    description: t.layout.feedPositionsAbout(labLine(facts)),
    site: absoluteUrl('/'),
    items: positionsIndex(model, contentLanguage).open.map((position) => ({
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
