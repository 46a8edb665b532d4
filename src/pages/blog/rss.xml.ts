import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { dictionary } from '../../i18n';
import { getSite } from '../../lib/content';
import { startOfDay } from '../../lib/dates';
import { postsIn } from '../../lib/model/agenda';
import { labLine } from '../../lib/site';
import { absoluteUrl } from '../../lib/urls';

/**
 * The blog as an RSS feed with each post's full text, newest first, in the site's first language. The text is the
 * post's HTML as the content policy let it through (src/lib/html-policy.ts); an MDX post, whose components only its
 * page can show, gives its description.
 */
export const GET: APIRoute = async () => {
  const model = await getSite();
  const { site, contentLanguage, chrome } = model;
  const t = dictionary(contentLanguage);
  const { facts } = chrome[contentLanguage];
  return rss({
    title: `${facts.name.text}: ${t.layout.feedBlog}`,
    description: t.layout.feedBlogAbout(labLine(facts)),
    site: absoluteUrl('/'),
    items: postsIn(model, contentLanguage).map((post) => ({
      title: post.title,
      link: absoluteUrl(post.href),
      pubDate: startOfDay(post.date, site.timeZone),
      description: post.description,
      content: post.html || undefined,
      categories: post.tags,
    })),
    customData: `<language>${t.locale}</language>`,
  });
};
