// The one module that reads the content collections. It reads each once, resolves the build's moment once, and
// hands plain data to the pure core (src/lib/model/), which assembles the site model. A content mistake stops
// the build here, with every problem listed and no stack trace under them.
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { site } from '../site.config';
import { resolveNow } from './dates';
import type { Lang } from '../i18n/languages';
import { assembleSite, type SiteModel } from './model/assemble';
import { frameFor } from './model/frame';
import { ContentError } from './model/problems';
import { indexLanguages, indexPage } from './model/queries';
import { versionsOf } from './model/translations';
import type { IndexName } from './model/views';
import { sitemapHints } from './sitemap';

export type { SiteModel } from './model/assemble';

/** Every entry with a markdown body, by its file: what `contentOf` renders. */
const entries = new Map<string, CollectionEntry<CollectionKey>>();

async function load(): Promise<SiteModel> {
  let now: Date;
  try {
    // The moment this build shows: SITE_NOW when set, otherwise the clock when the build started.
    now = resolveNow(process.env.SITE_NOW, new Date(), site.timeZone);
  } catch (error) {
    throw new ContentError([error instanceof Error ? error.message : String(error)]);
  }
  const [pages, positions, projects, people, news, publications, events, posts, courses] = await Promise.all([
    getCollection('pages'),
    getCollection('positions'),
    getCollection('projects'),
    getCollection('people'),
    getCollection('news'),
    getCollection('publications'),
    getCollection('events'),
    getCollection('posts'),
    getCollection('courses'),
  ]);
  for (const entry of [...pages, ...positions, ...projects, ...people, ...news, ...events, ...posts, ...courses])
    entries.set(entry.filePath ?? entry.id, entry);
  const model = assembleSite(
    { pages, positions, projects, people, news, publications, events, posts, courses },
    { site, now },
  );
  if (model.problems.length) throw new ContentError(model.problems);

  // The sitemap integration runs in this process after the pages are built: it reads these hints (src/lib/sitemap.ts).
  const hints = sitemapHints();
  for (const path of model.sitemap.exclude) hints.exclude.add(path);
  for (const [path, date] of model.sitemap.lastmod) hints.lastmod.set(path, date);
  for (const [path, links] of model.sitemap.alternates) hints.alternates.set(path, links);
  return model;
}

let model: Promise<SiteModel> | undefined;

/** The site model, assembled once per build (and again in `astro dev` when content changes). */
export function getSite(): Promise<SiteModel> {
  return (model ??= load());
}

/** The rendered body of a page, project, position, person or news item, to place as `<Content />`. */
export async function contentOf(item: { file: string }): Promise<Awaited<ReturnType<typeof render>>['Content']> {
  const entry = entries.get(item.file);
  if (!entry) throw new Error(`contentOf: no entry was read from ${item.file}`);
  return (await render(entry)).Content;
}

/** Many bodies at once: each item with its `Content` (the news on the home page and the news page). */
export async function withContent<T extends { file: string }>(
  items: readonly T[],
): Promise<(T & { Content: Awaited<ReturnType<typeof contentOf>> })[]> {
  return Promise.all(items.map(async (item) => ({ ...item, Content: await contentOf(item) })));
}

/** The `getStaticPaths` of a collection index: one page per language it is built in. */
export async function indexPaths(
  name: IndexName,
): Promise<{ params: { lang: string | undefined }; props: { lang: Lang } }[]> {
  const model = await getSite();
  return indexLanguages(model, name).map((lang) => ({ params: { lang: model.urls.langParam(lang) }, props: { lang } }));
}

/** What a collection index's layout needs: its frame, and the page that introduces it (with its text), if any. */
export async function indexFor(model: SiteModel, name: IndexName, lang: Lang, pathname: string) {
  const page = indexPage(model, name, lang);
  return {
    frame: frameFor(model, { lang, pathname, versions: page ? versionsOf(page) : [] }),
    intro: page && { page, Content: await contentOf(page) },
  };
}
