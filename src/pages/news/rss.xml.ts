import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { dictionary } from '../../i18n';
import { getSite } from '../../lib/content';
import { formatDate, startOfDay } from '../../lib/dates';
import { labLine } from '../../lib/site';
import { absoluteUrl } from '../../lib/urls';

/** The news as an RSS feed, newest first, in the language the news is written in. */
export const GET: APIRoute = async () => {
  const { site, news, contentLanguage, chrome } = await getSite();
  const t = dictionary(contentLanguage);
  const { facts } = chrome[contentLanguage];
  return rss({
    title: `${facts.name.text}: ${t.layout.feedNews}`,
    description: t.layout.feedNewsAbout(labLine(facts)),
    site: absoluteUrl('/'),
    items: news.map((item) => ({
      // Items without a headline are short announcements: the date stands in for the title.
      title: item.title ?? t.news.untitled(formatDate(item.date, t.locale)),
      link: absoluteUrl(item.href),
      pubDate: startOfDay(item.date, site.timeZone),
      content: item.html,
    })),
    customData: `<language>${t.locale}</language>`,
  });
};
