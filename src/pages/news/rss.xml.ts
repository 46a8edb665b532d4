import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl, contentLanguage, dictionary, getNews } from '../../lib/content';
import { formatDate, startOfDay } from '../../lib/dates';
import { site } from '../../site.config';

/** The news as an RSS feed, newest first. */
export const GET: APIRoute = async () => {
  const t = dictionary(contentLanguage);
  const news = await getNews();
  return rss({
    title: `${site.name}: ${t.layout.feedNews}`,
    description: t.layout.feedNewsAbout(`${site.name}, ${site.university}`),
    site: absoluteUrl('/'),
    items: news.map((item) => ({
      // Items without a headline are short announcements: the date stands in for the title.
      title: item.title ?? t.news.untitled(formatDate(item.date, t.locale)),
      link: absoluteUrl(item.href),
      pubDate: startOfDay(item.date, site.timeZone),
      content: item.entry.rendered?.html ?? '',
    })),
    customData: `<language>${t.locale}</language>`,
  });
};
