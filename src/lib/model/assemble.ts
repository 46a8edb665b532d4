import type { Lang } from '../../i18n/languages';
import { calendarDateAt, type CalendarDate } from '../dates';
import { personFinder, isAlumnus } from '../people';
import { closesAt, isOpen } from '../positions';
import { sortProjects } from '../projects';
import { authorName } from '../publications';
import type { SiteConfig } from '../site';
import {
  contentFolderProblem,
  duplicateRouteProblems,
  fileOf,
  indexPageProblems,
  legalPageProblems,
  missingChildProblems,
  referenceFinder,
  translationProblem,
  urlIdProblem,
  type FileEntry,
} from './checks';
import { chromeFor, type Chrome } from './frame';
import type { Problem } from './problems';
import { alternates, pairVersions, splitLanguage, versionsOf } from './translations';
import { defaultPermalink, placeLink, placePermalink, siteUrls, type SiteUrls } from './urls';
import {
  COLLECTION_INDEXES,
  type Collections,
  type NewsItem,
  type Page,
  type Person,
  type Position,
  type Project,
  type Publication,
  type SitemapData,
} from './views';

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
  /** What every page in a language shows around its content: the menu, the home link, the footer's links. */
  chrome: Record<Lang, Chrome>;
  sitemap: SitemapData;
  /** Everything that stops the build, in the order an editor would fix it. */
  problems: Problem[];
}

const notDraft = ({ data }: { data: { draft: boolean } }) => !data.draft;

/** The permalinks of the collection indexes in a language. */
export const indexPermalinks = (urls: SiteUrls, lang: Lang) =>
  Object.values(COLLECTION_INDEXES).map((path) => urls.localize(path, lang));

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
  const report = (problem: Problem | undefined) => (problem ? (problems.push(problem), false) : true);
  /** A file's language and key; undefined (and a problem) for a file in a folder of the content language. */
  const placed = <E extends FileEntry>(entry: E) =>
    report(contentFolderProblem(entry, contentLanguage))
      ? { entry, ...splitLanguage(entry.id, contentLanguage) }
      : undefined;
  const inSite = <P extends { lang: Lang } | undefined>(item: P): item is NonNullable<P> =>
    item !== undefined && site.languages.includes(item.lang);

  const pages: Page[] = collections.pages
    .filter(notDraft)
    .map(placed)
    .filter(inSite)
    .filter(({ entry }) => entry.data.permalink || report(urlIdProblem(entry)))
    .map(({ entry, lang, key }) => {
      const permalink = entry.data.permalink
        ? placePermalink(entry.data.permalink, lang, site.defaultLanguage)
        : urls.localize(defaultPermalink(key), lang);
      return {
        ...entry.data,
        // Children link where they are written to (/for-students/theses/, /de/for-students/jobs/): see placeLink.
        children: entry.data.children?.map((child) =>
          child.permalink?.startsWith('/') ? { ...child, permalink: placeLink(child.permalink, site) } : child,
        ),
        id: entry.id,
        file: fileOf(entry),
        permalink,
        lang,
        key,
        href: permalink,
        versions: new Map(),
      };
    })
    .toSorted((a, b) => a.permalink.localeCompare(b.permalink));
  pairVersions(pages);
  problems.push(...indexPageProblems(pages, (lang) => indexPermalinks(urls, lang), contentLanguage, urls.localize));

  const people: Person[] = collections.people
    .filter(notDraft)
    .filter((entry) => report(urlIdProblem(entry)))
    .filter(
      (entry) =>
        !splitLanguage(entry.id, contentLanguage).translation ||
        report(translationProblem(entry, 'people', contentLanguage)),
    )
    .map((entry) => ({
      ...entry.data,
      id: entry.id,
      file: fileOf(entry),
      href: urls.localize(`/people/${entry.id}/`, contentLanguage),
      alumnus: isAlumnus(entry.data, today),
    }));
  const personFor = referenceFinder(
    people,
    new Set(collections.people.filter((entry) => entry.data.draft).map((entry) => entry.id)),
    {
      draft: (id) =>
        `"${id}" is a draft (draft: true), so they have no page to link to. Publish them or remove the id.`,
      unknown: (id, known) =>
        `no person has the id "${id}". Expected the file name (without .md) of a person in src/content/people; the people are: ${known}.`,
    },
    problems,
  );

  const allProjects: Project[] = sortProjects(
    collections.projects
      .filter(notDraft)
      .map(placed)
      .filter(inSite)
      .filter(({ entry }) => report(urlIdProblem(entry)))
      .map(({ entry, lang, key }) => {
        const file = fileOf(entry);
        return {
          ...entry.data,
          id: key,
          lang,
          key,
          versions: new Map(),
          file,
          href: urls.localize(`/projects/${key}/`, lang),
          people: entry.data.people.flatMap((id) => personFor(id, file, 'people') ?? []),
        };
      }),
    today,
  );
  pairVersions(allProjects);
  // The originals: what positions name, and what lists show unless a translation is in the page's language.
  const projects = allProjects.filter((project) => project.lang === contentLanguage);
  const projectFor = referenceFinder(
    projects,
    new Set(collections.projects.filter((entry) => entry.data.draft).map((entry) => entry.id)),
    {
      draft: (id) =>
        `the project "${id}" is a draft (draft: true), so it has no page to link to. Publish the project or remove the project key.`,
      unknown: (id, known) =>
        `no project has the id "${id}". Expected the file name (without .md) of a project in src/content/projects; the projects are: ${known}.`,
    },
    problems,
  );

  const positions: Position[] = collections.positions
    .filter(notDraft)
    .map(placed)
    .filter((item) => item !== undefined)
    .filter(({ lang, translation }) => !translation || site.languages.includes(lang))
    .filter(({ entry }) => report(urlIdProblem(entry)))
    .filter(
      ({ entry }) =>
        !fileOf(entry).endsWith('.mdx') ||
        report({
          file: fileOf(entry),
          message:
            'positions are written in markdown (.md), because their description is also published as HTML for job search engines and the feed; rename the file to .md.',
        }),
    )
    .map(({ entry, lang: folderLang, key, translation }) => {
      const { project, kind, contact, lang: written, ...data } = entry.data;
      const file = fileOf(entry);
      const lang = translation ? folderLang : (written ?? contentLanguage);
      const pageLang = site.languages.includes(lang) ? lang : contentLanguage;
      return {
        ...data,
        id: key,
        lang,
        pageLang,
        key,
        translation,
        versions: new Map(),
        file,
        href: urls.localize(`/positions/${key}/`, pageLang),
        open: isOpen(data, now, site.timeZone),
        descriptionHtml: entry.rendered?.html.trim() ?? '',
        kinds: kind,
        closesAt: closesAt(data, site.timeZone),
        project: project ? projectFor(project, file, 'project') : undefined,
        contact: contact ? personFor(contact, file, 'contact') : undefined,
      };
    })
    .toSorted((a, b) => a.file.localeCompare(b.file));
  pairVersions(
    positions,
    (position) => position.pageLang,
    (a, b) => {
      const [translation, original] = a.translation ? [a, b] : [b, a];
      problems.push({
        file: translation.file,
        message: `this translation is in ${translation.lang}, the language that ${original.file} is already written in (lang: ${original.lang}); remove one of them, or change lang in the original.`,
      });
    },
  );

  const findAuthor = personFinder(people);
  const publications: Publication[] = collections.publications.map(({ id, data: { author, ...rest } }) => ({
    ...rest,
    id,
    authors: author.map((a) => ({ name: authorName(a), person: 'literal' in a ? undefined : findAuthor(a) })),
  }));

  const news: NewsItem[] = collections.news
    .filter(notDraft)
    .filter((entry) => report(urlIdProblem(entry)))
    .filter(
      (entry) =>
        !splitLanguage(entry.id, contentLanguage).translation ||
        report(translationProblem(entry, 'news', contentLanguage)),
    )
    .map((entry) => ({
      ...entry.data,
      id: entry.id,
      file: fileOf(entry),
      href: `${urls.localize(COLLECTION_INDEXES.news, contentLanguage)}#news-${entry.id}`,
      html: entry.rendered?.html ?? '',
    }))
    .toSorted((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));

  const claims = [
    ...pages.map((page) => ({ permalink: page.permalink, source: page.file })),
    ...allProjects.map((project) => ({ permalink: project.href, source: `${project.file} (the project's page)` })),
    ...people.map((person) => ({ permalink: person.href, source: `${person.file} (the person's page)` })),
    ...positions.map((position) => ({ permalink: position.href, source: `${position.file} (the position's page)` })),
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
    chrome,
    sitemap: sitemapData(site, urls, [...pages, ...allProjects, ...positions], positions),
    problems,
  };
}

/** What the sitemap needs beyond the pages: closed positions left out, open ones dated, translations linked. */
function sitemapData(
  site: SiteConfig,
  urls: SiteUrls,
  localized: readonly (Page | Project | Position)[],
  positions: readonly Position[],
): SitemapData {
  const links = (versions: { lang: Lang; href: string }[]) =>
    alternates(versions, site.defaultLanguage).map(({ hreflang, href }) => ({
      lang: hreflang,
      url: urls.absoluteUrl(href),
    }));
  const search = site.languages.map((lang) => ({ lang, href: urls.localize('/search/', lang) }));
  return {
    exclude: positions.filter((position) => !position.open).map((position) => urls.url(position.href)),
    lastmod: positions
      .filter((position) => position.open)
      .map((position) => [urls.url(position.href), position.posted]),
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
