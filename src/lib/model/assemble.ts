import type { Lang } from '../../i18n/languages';
import { calendarDateAt, type CalendarDate } from '../dates';
import type { SiteConfig } from '../site';
import { duplicateRouteProblems, legalPageProblems, missingChildProblems } from './checks';
import {
  indexPermalinks,
  readNews,
  readPages,
  readPeople,
  readPositions,
  readProjects,
  readPublications,
  type Reading,
} from './collections';
import { readCourses, readEvents, readPosts } from './year';
import { chromeFor, type Chrome } from './frame';
import type { Problem } from './problems';
import { alternates, versionsOf } from './translations';
import { siteUrls, type SiteUrls } from './urls';
import type {
  Collections,
  Course,
  Event,
  NewsItem,
  Page,
  Person,
  Position,
  Post,
  Project,
  Publication,
  SitemapData,
} from './views';

export { indexPermalinks } from './collections';

/** The whole site as its pages show it: every collection as view models, paired, resolved and checked. */
export interface SiteModel {
  site: SiteConfig;
  /** The moment the site is built "at" (`SITE_NOW`, or the clock when the build started). */
  now: Date;
  /** The calendar date of `now` in the site's time zone. */
  today: CalendarDate;
  /** The language the top-level content files are written in: the site's first. */
  contentLanguage: Lang;
  urls: SiteUrls;
  /** Every page in every language. */
  pages: Page[];
  people: Person[];
  /** The projects in the content language, ongoing first (a translation is reached through `versions`). */
  projects: Project[];
  /** Every version of every project: each has a page. */
  allProjects: Project[];
  /** Every version of every position, open or closed: each has a page. */
  positions: Position[];
  publications: Publication[];
  /** Newest first. */
  news: NewsItem[];
  /** By start, the earliest first; each knows whether it was upcoming at `now`. */
  events: Event[];
  /** Every version of every post, newest first. */
  posts: Post[];
  courses: Course[];
  /** What every page in a language shows around its content: the menu, the home link, the footer's links. */
  chrome: Record<Lang, Chrome>;
  sitemap: SitemapData;
  /** Everything that stops the build, in the order an editor would fix it. */
  problems: Problem[];
}

/**
 * Assembles the site from its collections, at the moment `now`: drafts left out, translations paired with their
 * originals, ids resolved to the entries they name, and every cross-file check made. Pure: the same collections,
 * config and moment always give the same model; mistakes are returned in `problems`, not thrown.
 */
export function assembleSite(collections: Collections, { site, now }: { site: SiteConfig; now: Date }): SiteModel {
  const contentLanguage = site.languages[0]!;
  const urls = siteUrls(site);
  const today = calendarDateAt(now, site.timeZone);
  const problems: Problem[] = [];
  const reading: Reading = {
    site,
    urls,
    contentLanguage,
    now,
    today,
    report: (problem) => (problem ? (problems.push(problem), false) : true),
  };
  const pages = readPages(collections.pages, reading);
  const { people, personFor } = readPeople(collections.people, reading);
  const { allProjects, projects, projectFor } = readProjects(collections.projects, reading, personFor);
  const positions = readPositions(collections.positions, reading, { projectFor, personFor });
  const publications = readPublications(collections.publications, people);
  const news = readNews(collections.news, reading);
  const events = readEvents(collections.events, reading, { projectFor, personFor });
  const posts = readPosts(collections.posts, reading, personFor);
  const courses = readCourses(collections.courses, reading, personFor);

  const claims = [
    ...pages.map((page) => ({ permalink: page.permalink, source: page.file })),
    ...allProjects.map((project) => ({ permalink: project.href, source: `${project.file} (the project's page)` })),
    ...people.map((person) => ({ permalink: person.href, source: `${person.file} (the person's page)` })),
    ...positions.map((position) => ({ permalink: position.href, source: `${position.file} (the position's page)` })),
    ...events.map((event) => ({ permalink: event.href, source: `${event.file} (the event's page)` })),
    ...posts.map((post) => ({ permalink: post.href, source: `${post.file} (the post's page)` })),
    ...courses.map((course) => ({ permalink: course.href, source: `${course.file} (the course's page)` })),
    { permalink: '/404/', source: 'the built-in 404 page' },
  ];
  problems.push(...duplicateRouteProblems(claims));
  problems.push(...legalPageProblems(site, new Set(pages.map((page) => page.permalink))));
  const known = new Set([
    ...claims.map((claim) => claim.permalink),
    ...indexPermalinks(urls, contentLanguage),
    ...site.languages.map((lang) => urls.localize('/search/', lang)),
  ]);
  problems.push(...missingChildProblems(pages, known));

  const chrome = Object.fromEntries(
    site.languages.map((lang) => [lang, chromeFor(pages, lang, { site, urls, today })]),
  ) as Record<Lang, Chrome>;
  return {
    site,
    now,
    today,
    contentLanguage,
    urls,
    pages,
    people,
    projects,
    allProjects,
    positions,
    publications,
    news,
    events,
    posts,
    courses,
    chrome,
    sitemap: sitemapData(site, urls, [...pages, ...allProjects, ...positions, ...posts], { positions, posts }),
    problems,
  };
}

/**
 * What the sitemap needs beyond the pages: closed positions left out, open ones and posts dated, translations linked.
 */
function sitemapData(
  site: SiteConfig,
  urls: SiteUrls,
  localized: readonly (Page | Project | Position | Post)[],
  { positions, posts }: { positions: readonly Position[]; posts: readonly Post[] },
): SitemapData {
  const links = (versions: { lang: Lang; href: string }[]) =>
    alternates(versions, site.defaultLanguage).map(({ hreflang, href }) => ({
      lang: hreflang,
      url: urls.absoluteUrl(href),
    }));
  const search = site.languages.map((lang) => ({ lang, href: urls.localize('/search/', lang) }));
  return {
    exclude: positions.filter((position) => !position.open).map((position) => urls.url(position.href)),
    lastmod: [
      ...positions
        .filter((position) => position.open)
        .map((position): [string, string] => [urls.url(position.href), position.posted]),
      ...posts.map((post): [string, string] => [urls.url(post.href), post.date]),
    ],
    alternates: [
      ...localized
        .filter((item) => item.versions.size > 1)
        .map((item): [string, { lang: string; url: string }[]] => [urls.url(item.href), links(versionsOf(item))]),
      ...(search.length > 1
        ? search.map((version): [string, { lang: string; url: string }[]] => [urls.url(version.href), links(search)])
        : []),
    ],
  };
}
