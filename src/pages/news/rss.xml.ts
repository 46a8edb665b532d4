import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl, getNews } from '../../lib/content';
import { formatDate, startOfDay } from '../../lib/dates';
import { site } from '../../site.config';

/** The news as an RSS feed, newest first. */
export const GET: APIRoute = async () => {
  const news = await getNews();
  return rss({
    title: `${site.name}: news`,
    description: `News from the ${site.name}, ${site.university}.`,
    site: absoluteUrl('/'),
    items: news.map((item) => ({
      // Items without a headline are short announcements: the date stands in for the title.
      title: item.title ?? `News of ${formatDate(item.date, site.locale)}`,
      link: absoluteUrl(item.href),
      pubDate: startOfDay(item.date, site.timeZone),
      content: item.entry.rendered?.html ?? '',
    })),
    customData: `<language>${site.locale}</language>`,
  });
};
