import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.config';
import { calendarDateAt, resolveNow, type CalendarDate } from './dates';
import { buildNav, findMissingChildren, menuPages, type NavItem, type NavPage } from './navigation';
import {
  checkUrlId,
  defaultPermalink,
  findDuplicatePermalinks,
  stripBase,
  withBase,
  type RouteClaim,
} from './permalinks';
import { buildJobPosting } from './jobposting';
import {
  closesAt,
  isOpen,
  kindsToShow,
  selectOpenPositions,
  selectRecentlyClosed,
  type PositionKind,
} from './positions';
import { personFinder, groupPeople, isAlumnus } from './people';
import { authorName, groupByYear, type Author } from './publications';
import { sortProjects } from './projects';
import { cardPath } from './sharecard';
import { sitemapHints } from './sitemap';
import {
  DICTIONARIES,
  isLang,
  localizePath,
  placeLink,
  placePermalink,
  splitLanguage,
  type Dictionary,
  type Lang,
  type Version,
} from './i18n';

/** The moment this build shows: `SITE_NOW` when set, otherwise the clock when the build started. */
export const now: Date = resolveNow(process.env.SITE_NOW, new Date(), site.timeZone);

/** Today's calendar date in the site's time zone. */
export const today: CalendarDate = calendarDateAt(now, site.timeZone);

/** The language the top-level content files are written in: the site's first. */
export const contentLanguage: Lang = site.languages[0]!;

/** A site path in a language: `/de/projects/` for German when English is the default. */
export function localize(path: string, lang: Lang): string {
  return localizePath(path, lang, site.defaultLanguage);
}

/** The language of the page being built, from its URL (Astro's `currentLocale`). */
export function langOf(locale: string | undefined): Lang {
  return isLang(locale) && site.languages.includes(locale) ? locale : site.defaultLanguage;
}

/** The interface text of a language. */
export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** The `[...lang]` route parameter of a language: none for the default language. */
export function langParam(lang: Lang): string | undefined {
  return lang === site.defaultLanguage ? undefined : lang;
}

/** Something that exists in several languages: each version knows all the others by their language. */
interface Localized<T> {
  lang: Lang;
  /** The path in the content folder without the language folder: what pairs a translation with its original. */
  key: string;
  href: string;
  versions: Map<Lang, T>;
}

/** The version of an item in a language, or the item itself when it has none. */
export function versionIn<T extends Localized<T>>(item: T, lang: Lang): T {
  return item.versions.get(lang) ?? item;
}

/** Every version of an item, for the language switcher and `hreflang`. */
export function versionsOf<T extends Localized<T>>(item: T): Version[] {
  return [...item.versions.entries()].map(([lang, version]) => ({ lang, href: version.href }));
}

/**
 * Links the versions of each key to each other (`pageLang` gives the language of a version's page). Only positions
 * can have two versions in one language (a `lang` and a translation into it): `conflict` reports that.
 */
function pairVersions<T extends Localized<T>>(
  items: readonly T[],
  pageLang: (item: T) => Lang = (item) => item.lang,
  conflict?: (a: T, b: T) => never,
) {
  const byKey = new Map<string, Map<Lang, T>>();
  for (const item of items) {
    const versions = byKey.get(item.key) ?? new Map<Lang, T>();
    byKey.set(item.key, versions);
    const other = versions.get(pageLang(item));
    if (other && conflict) conflict(other, item);
    versions.set(pageLang(item), item);
    item.versions = versions;
  }
}

/** Permalinks of collection indexes: a page with one of these gives the index its title, text and menu place. */
export const COLLECTION_INDEXES = {
  projects: '/projects/',
  positions: '/positions/',
  people: '/people/',
  publications: '/publications/',
  news: '/news/',
} as const;

/** A content file the site cannot be built from: the message names the file and the field. */
export class ContentError extends Error {
  override name = 'ContentError';
}

export type Page = CollectionEntry<'pages'>['data'] & {
  id: string;
  file: string;
  permalink: string;
  /** The page's language: the content language, or that of its folder (`de/`). */
  lang: Lang;
  key: string;
  href: string;
  versions: Map<Lang, Page>;
  entry: CollectionEntry<'pages'>;
};

export type Person = CollectionEntry<'people'>['data'] & {
  id: string;
  file: string;
  href: string;
  /** Their `end` day is over (at the build; lists of people are not re-checked in the browser). */
  alumnus: boolean;
  entry: CollectionEntry<'people'>;
};

export type Project = Omit<CollectionEntry<'projects'>['data'], 'people'> & {
  /** The file name, the same for a project and its translations. */
  id: string;
  lang: Lang;
  key: string;
  versions: Map<Lang, Project>;
  file: string;
  href: string;
  /** The people who work on it, in the order the project lists them. */
  people: Person[];
  entry: CollectionEntry<'projects'>;
};

/** An author of a publication, and the lab member they are, if any. */
export interface PublicationAuthor {
  name: string;
  person: Person | undefined;
}

export type Publication = Omit<CollectionEntry<'publications'>['data'], 'author'> & {
  /** The citation key. */
  id: string;
  authors: PublicationAuthor[];
};

export type NewsItem = CollectionEntry<'news'>['data'] & {
  id: string;
  file: string;
  /** The item's anchor on the news page. */
  href: string;
  entry: CollectionEntry<'news'>;
};

export type Position = Omit<CollectionEntry<'positions'>['data'], 'project' | 'kind' | 'contact' | 'lang'> & {
  /** The file name, the same for a position and its translations. */
  id: string;
  /** The language the posting is written in. */
  lang: Lang;
  /** The language of the posting's page: its own, or the content language when that language is switched off. */
  pageLang: Lang;
  key: string;
  /** A translation of a posting in another file (de/<id>.md). */
  translation: boolean;
  versions: Map<Lang, Position>;
  file: string;
  href: string;
  /** Open at the moment of the build (the page's script re-checks on the visitor's clock). */
  open: boolean;
  /** The description as HTML. */
  descriptionHtml: string;
  kinds: PositionKind[];
  /** The end of the deadline day in the site's zone; undefined means open until filled. */
  closesAt: Date | undefined;
  project: Project | undefined;
  /** The person to ask about it. */
  contact: Person | undefined;
  entry: CollectionEntry<'positions'>;
};

interface SiteContent {
  pages: Page[];
  people: Person[];
  /** The projects in the content language (a translation is reached through `versions`). */
  projects: Project[];
  /** Every version of every project: each has a page. */
  allProjects: Project[];
  positions: Position[];
  publications: Publication[];
  news: NewsItem[];
}

const notDraft = ({ data }: { data: { draft: boolean } }) => !data.draft;
const fileOf = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;

/** A content file's language (its folder's, or the content language) and the key that pairs its versions. */
function languageOfEntry(entry: { id: string; filePath?: string | undefined }) {
  const split = splitLanguage(entry.id, contentLanguage);
  if (!split.translation && entry.id.startsWith(`${contentLanguage}/`))
    throw new ContentError(
      `${fileOf(entry)}: files in ${contentLanguage}, the site's first language, sit at the top of the folder, not in ${contentLanguage}/; move it up one folder.`,
    );
  return split;
}

/** People and news are written once, in the content language. */
function assertNoTranslation(entry: { id: string; filePath?: string | undefined }, collection: string): void {
  if (splitLanguage(entry.id, contentLanguage).translation)
    throw new ContentError(
      `${fileOf(entry)}: ${collection} are written once, in the site's first language (${contentLanguage}); translations of ${collection} are not supported. Move the file out of its language folder.`,
    );
}

/** A page's versions as the sitemap lists them, with the default language's as `x-default`. */
function sitemapAlternates(versions: Version[]): { lang: string; url: string }[] {
  const fallback = versions.find((version) => version.lang === site.defaultLanguage);
  return [
    ...versions.map((version) => ({ lang: version.lang, url: absoluteUrl(version.href) })),
    ...(fallback ? [{ lang: 'x-default', url: absoluteUrl(fallback.href) }] : []),
  ];
}

/** Whether a page introduces a collection index (in its own language). */
const isIndex = (page: { lang: Lang; permalink: string }) => indexPermalinks(page.lang).includes(page.permalink);

/** The permalinks of the collection indexes in a language. */
function indexPermalinks(lang: Lang): string[] {
  return Object.values(COLLECTION_INDEXES).map((path) => localize(path, lang));
}

/** Fails when a file name that becomes a URL cannot be one. */
function assertUrlId(entry: { id: string; filePath?: string | undefined }): void {
  const problem = checkUrlId(entry.id);
  if (problem) throw new ContentError(`${fileOf(entry)}: ${problem}.`);
}

/** Reads every collection once, drops drafts, sorts, and checks what the schemas cannot: URLs, links, references. */
async function loadContent(): Promise<SiteContent> {
  const pages: Page[] = (await getCollection('pages', notDraft))
    .map((entry) => ({ entry, ...languageOfEntry(entry) }))
    .filter(({ lang }) => site.languages.includes(lang))
    .map(({ entry, lang, key }) => {
      if (!entry.data.permalink) assertUrlId(entry);
      const permalink = entry.data.permalink
        ? placePermalink(entry.data.permalink, lang, site.defaultLanguage)
        : localize(defaultPermalink(key), lang);
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
        entry,
      };
    })
    .toSorted((a, b) => a.permalink.localeCompare(b.permalink));
  pairVersions(pages);

  const indexKeys = new Set(
    pages.filter((page) => page.lang === contentLanguage && isIndex(page)).map((page) => page.key),
  );
  for (const page of pages) {
    if (page.lang !== contentLanguage && indexKeys.has(page.key) && !isIndex(page)) {
      const list = page.versions.get(contentLanguage)!.permalink;
      throw new ContentError(
        `${page.file}: permalink: this page introduces the list at ${localize(list, page.lang)}, whose address is fixed; remove the permalink (found ${page.permalink}).`,
      );
    }
    if (!isIndex(page)) continue;
    if (page.layout !== 'page' || page.open_positions !== undefined) {
      throw new ContentError(
        `${page.file}: ${page.layout !== 'page' ? 'layout' : 'open_positions'}: this page introduces the list at ${page.permalink}, which has a layout of its own; remove the key (the list already shows what it should).`,
      );
    }
  }

  const people: Person[] = (await getCollection('people', notDraft)).map((entry) => {
    assertUrlId(entry);
    assertNoTranslation(entry, 'people');
    return {
      ...entry.data,
      id: entry.id,
      file: fileOf(entry),
      href: localize(`/people/${entry.id}/`, contentLanguage),
      alumnus: isAlumnus(entry.data, today),
      entry,
    };
  });
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const draftPeople = new Set((await getCollection('people', (entry) => entry.data.draft)).map((entry) => entry.id));
  /** The person an id names, or an error that names the file and the field. */
  const personFor = (id: string, file: string, field: string): Person => {
    const person = peopleById.get(id);
    if (person) return person;
    throw new ContentError(
      draftPeople.has(id)
        ? `${file}: ${field}: "${id}" is a draft (draft: true), so they have no page to link to. Publish them or remove the id.`
        : `${file}: ${field}: no person has the id "${id}". Expected the file name (without .md) of a person in src/content/people; the people are: ${people.map((p) => p.id).join(', ') || 'none yet'}.`,
    );
  };

  const drafts = new Set((await getCollection('projects', (entry) => entry.data.draft)).map((entry) => entry.id));
  const allProjects: Project[] = sortProjects(
    (await getCollection('projects', notDraft))
      .map((entry) => ({ entry, ...languageOfEntry(entry) }))
      .filter(({ lang }) => site.languages.includes(lang))
      .map(({ entry, lang, key }) => {
        assertUrlId(entry);
        const file = fileOf(entry);
        return {
          ...entry.data,
          id: key,
          lang,
          key,
          versions: new Map(),
          file,
          href: localize(`/projects/${key}/`, lang),
          people: entry.data.people.map((ref) => personFor(ref.id, file, 'people')),
          entry,
        };
      }),
    today,
  );
  pairVersions(allProjects);
  // The originals: what positions name, and what lists show unless a translation is in the page's language.
  const projects = allProjects.filter((project) => project.lang === contentLanguage);
  const projectsById = new Map(projects.map((project) => [project.id, project]));

  const positions: Position[] = (await getCollection('positions', notDraft))
    .map((entry) => ({ entry, ...languageOfEntry(entry) }))
    .filter(({ lang, translation }) => !translation || site.languages.includes(lang))
    .map(({ entry, lang: folderLang, key, translation }) => {
      assertUrlId(entry);
      if (fileOf(entry).endsWith('.mdx')) {
        throw new ContentError(
          `${fileOf(entry)}: positions are written in markdown (.md), because their description is also published as HTML for job search engines and the feed; rename the file to .md.`,
        );
      }
      const { project: ref, kind, contact, lang: written, ...data } = entry.data;
      const lang = translation ? folderLang : (written ?? contentLanguage);
      const pageLang = site.languages.includes(lang) ? lang : contentLanguage;
      const project = ref ? projectsById.get(ref.id) : undefined;
      if (ref && !project) {
        const known = projects.map((p) => p.id).join(', ') || 'none yet';
        throw new ContentError(
          drafts.has(ref.id)
            ? `${fileOf(entry)}: project: the project "${ref.id}" is a draft (draft: true), so it has no page to link to. Publish the project or remove the project key.`
            : `${fileOf(entry)}: project: no project has the id "${ref.id}". Expected the file name (without .md) of a project in src/content/projects; the projects are: ${known}.`,
        );
      }
      return {
        ...data,
        id: key,
        lang,
        pageLang,
        key,
        translation,
        versions: new Map(),
        file: fileOf(entry),
        href: localize(`/positions/${key}/`, pageLang),
        open: isOpen(data, now, site.timeZone),
        descriptionHtml: entry.rendered?.html.trim() ?? '',
        kinds: kind,
        closesAt: closesAt(data, site.timeZone),
        project,
        contact: contact ? personFor(contact.id, fileOf(entry), 'contact') : undefined,
        entry,
      };
    })
    .toSorted((a, b) => a.file.localeCompare(b.file));
  pairVersions(
    positions,
    (position) => position.pageLang,
    (a, b) => {
      const [translation, original] = a.translation ? [a, b] : [b, a];
      throw new ContentError(
        `${translation.file}: this translation is in ${translation.lang}, the language that ${original.file} is already written in (lang: ${original.lang}); remove one of them, or change lang in the original.`,
      );
    },
  );

  const findAuthor = personFinder(people);
  const publications: Publication[] = (await getCollection('publications')).map(({ id, data }) => {
    const { author, ...rest } = data;
    return {
      ...rest,
      id,
      authors: author.map((a: Author) => ({
        name: authorName(a),
        person: 'literal' in a ? undefined : findAuthor(a),
      })),
    };
  });

  const news: NewsItem[] = (await getCollection('news', notDraft))
    .map((entry) => {
      assertUrlId(entry);
      assertNoTranslation(entry, 'news');
      return {
        ...entry.data,
        id: entry.id,
        file: fileOf(entry),
        href: `${localize(COLLECTION_INDEXES.news, contentLanguage)}#news-${entry.id}`,
        entry,
      };
    })
    .toSorted((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));

  const claims: RouteClaim[] = [
    ...pages.map((page) => ({ permalink: page.permalink, source: page.file })),
    ...allProjects.map((project) => ({ permalink: project.href, source: `${project.file} (the project's page)` })),
    ...people.map((person) => ({ permalink: person.href, source: `${person.file} (the person's page)` })),
    ...positions.map((position) => ({ permalink: position.href, source: `${position.file} (the position's page)` })),
    { permalink: '/404/', source: 'the built-in 404 page' },
  ];
  const duplicate = findDuplicatePermalinks(claims)[0];
  if (duplicate) {
    throw new ContentError(
      `Two files claim the URL ${duplicate.permalink}:\n${duplicate.sources.map((s) => `  - ${s}`).join('\n')}\nGive one of them another permalink.`,
    );
  }

  for (const which of ['imprint', 'privacy'] as const) {
    const target = site.legal[which];
    if (target && !target.includes('://') && !pages.some((page) => page.permalink === legalPermalink(target)))
      throw new ContentError(
        `src/site.config.ts: legal.${which}: no page has the permalink ${target}. Expected the permalink of a page in src/content/pages (or the full https:// address of the university's page).`,
      );
  }

  const known = new Set([
    ...claims.map((claim) => claim.permalink),
    ...indexPermalinks(contentLanguage),
    ...site.languages.map((lang) => localize('/search/', lang)),
  ]);
  const missing = findMissingChildren(pages, known)[0];
  if (missing) {
    throw new ContentError(
      `${missing.page.file}: children: the child "${missing.child.title}" links to ${missing.child.permalink}, but no page has that permalink. Expected the permalink of a page in src/content/pages (or a full https:// address for an external link).`,
    );
  }

  const hints = sitemapHints();
  for (const position of positions) {
    if (position.open) hints.lastmod.set(url(position.href), position.posted);
    else hints.exclude.add(url(position.href));
  }
  for (const item of [...pages, ...allProjects, ...positions]) {
    if (item.versions.size > 1) hints.alternates.set(url(item.href), sitemapAlternates(versionsOf(item)));
  }
  const searchVersions = site.languages.map((lang) => ({ lang, href: localize('/search/', lang) }));
  if (searchVersions.length > 1)
    for (const { href } of searchVersions) hints.alternates.set(url(href), sitemapAlternates(searchVersions));

  return { pages, people, projects, allProjects, positions, publications, news };
}

let cache: Promise<SiteContent> | undefined;
/** The site's content, read and checked once per build. */
export function getContent(): Promise<SiteContent> {
  return (cache ??= loadContent());
}

/** Pages that the catch-all route builds (collection indexes have routes of their own). */
export async function getPageRoutes(): Promise<Page[]> {
  return (await getContent()).pages.filter((page) => !indexPermalinks(page.lang).includes(page.permalink));
}

/** The page that introduces a collection index in a language, if the lab wrote one. */
export async function getIndexPage(permalink: string, lang: Lang): Promise<Page | undefined> {
  const path = localize(permalink, lang);
  return (await getContent()).pages.find((page) => page.permalink === path);
}

/**
 * The languages a collection index is built in: the content language always, another language when the lab
 * translated the page that introduces it (src/content/pages/de/projects.md).
 */
export async function getIndexLanguages(permalink: string): Promise<Lang[]> {
  const { pages } = await getContent();
  return site.languages.filter(
    (lang) => lang === contentLanguage || pages.some((page) => page.permalink === localize(permalink, lang)),
  );
}

/** The `getStaticPaths` of a collection index: one page per language it is built in. */
export async function indexPaths(
  name: keyof typeof COLLECTION_INDEXES,
): Promise<{ params: { lang: string | undefined } }[]> {
  return (await getIndexLanguages(COLLECTION_INDEXES[name])).map((lang) => ({ params: { lang: langParam(lang) } }));
}

/** Where a collection index is in a language: its own version, or the content language's. */
export async function indexHref(name: keyof typeof COLLECTION_INDEXES, lang: Lang): Promise<string> {
  const languages = await getIndexLanguages(COLLECTION_INDEXES[name]);
  return localize(COLLECTION_INDEXES[name], languages.includes(lang) ? lang : contentLanguage);
}

/** The home page of a language, or the content language's when that language has none. */
export async function homeHref(lang: Lang): Promise<string> {
  return (await homePage(lang))?.href ?? (await homePage(contentLanguage))?.href ?? localize('/', contentLanguage);
}

/** A language's home page: the translation of the home page, or a page at that language's `/`. */
async function homePage(lang: Lang): Promise<Page | undefined> {
  const { pages } = await getContent();
  const home = pages.find((page) => page.permalink === localize('/', contentLanguage));
  return home?.versions.get(lang) ?? pages.find((page) => page.permalink === localize('/', lang));
}

/**
 * The description of pages that have none, in a language: the site's (from the site config, in the first
 * language), or in another language the description of that language's home page.
 */
export async function siteDescription(lang: Lang): Promise<string> {
  if (lang === contentLanguage) return site.description;
  return (await homePage(lang))?.description || site.description;
}

/** Where a legal page of the site config is (written as a link in content is: see placeLink). */
const legalPermalink = (target: string) => placeLink(target, site);

/** Where the footer's imprint or privacy link goes in a language, and the language of the page it opens. */
export async function legalLink(
  which: 'imprint' | 'privacy',
  lang: Lang,
): Promise<{ href: string; lang: Lang | undefined } | undefined> {
  const target = site.legal[which];
  if (!target) return undefined;
  if (target.includes('://')) return { href: target, lang: undefined };
  const { pages } = await getContent();
  const page = pages.find((candidate) => candidate.permalink === legalPermalink(target))!;
  const version = versionIn(page, lang);
  return { href: version.href, lang: version.lang === lang ? undefined : version.lang };
}

/** The menu in a language for the page at `pathname` (the URL path, base included). */
export async function getNav(pathname: string, lang: Lang): Promise<NavItem[]> {
  const { pages } = await getContent();
  // The pages of a language's menu are the same on every page: chosen once per build.
  let chosen = menus.get(lang);
  if (!chosen) menus.set(lang, (chosen = menuPages(pages, lang, contentLanguage)));
  return buildNav(chosen, stripBase(pathname, site.base), site.base);
}

const menus = new Map<Lang, NavPage[]>();

/** Every posting in the version a page in `lang` shows: its translation into `lang`, else the original. */
async function postingsIn(lang: Lang): Promise<Position[]> {
  const { positions } = await getContent();
  return positions.filter((position) => !position.translation).map((position) => versionIn(position, lang));
}

/** The positions open now, of the kinds a page's `open_positions` asks for (`null`: the page lists none). */
export async function getOpenPositions(
  openPositions: Page['open_positions'],
  lang: Lang,
): Promise<{ kinds: readonly PositionKind[]; positions: Position[] } | null> {
  const kinds = kindsToShow(openPositions);
  if (!kinds) return null;
  return { kinds, positions: selectOpenPositions(await postingsIn(lang), { now, timeZone: site.timeZone, kinds }) };
}

/** The open positions that name a project. */
export async function getProjectPositions(projectId: string, lang: Lang): Promise<Position[]> {
  return selectOpenPositions(
    (await postingsIn(lang)).filter((position) => position.project?.id === projectId),
    { now, timeZone: site.timeZone },
  );
}

/** Every version of every position, open or closed: each has a page. */
export async function getPositions(): Promise<Position[]> {
  return (await getContent()).positions;
}

/** The positions index: open ones in visiting order, then the (at most 10) most recently closed. */
export async function getPositionsIndex(lang: Lang): Promise<{ open: Position[]; closed: Position[] }> {
  const positions = await postingsIn(lang);
  return {
    open: selectOpenPositions(positions, { now, timeZone: site.timeZone }),
    closed: selectRecentlyClosed(positions, { now, timeZone: site.timeZone, limit: 10 }),
  };
}

/**
 * The share card of a position or a project, in the language of its page: the original's at
 * `/cards/positions/<id>.png`, a translation's at `/cards/positions/de/<id>.png`.
 */
export function cardOf(item: Position | Project): string {
  const [kind, translated] =
    'pageLang' in item
      ? (['position', item.translation] as const)
      : (['project', item.lang !== contentLanguage] as const);
  return cardPath(kind, translated ? `${item.lang}/${item.id}` : item.id);
}

/** The schema.org JobPosting of an open position, for search engines. */
export function jobPostingFor(position: Position): Record<string, unknown> {
  return buildJobPosting({
    id: position.id,
    title: position.title,
    descriptionHtml: position.descriptionHtml,
    posted: position.posted,
    closesAt: position.closesAt,
    employment: position.employment,
    location: position.location ?? site.address,
    applyByEmail: Boolean(position.apply_email),
    url: absoluteUrl(position.href),
    organization: { name: `${site.name}, ${site.university}`, url: absoluteUrl('/'), logo: absoluteUrl(site.logo) },
    timeZone: site.timeZone,
  });
}

/** The people page: current members by role (the PI first), then the alumni. */
export async function getPeopleIndex(): Promise<ReturnType<typeof groupPeople<Person>>> {
  return groupPeople((await getContent()).people, today);
}

/** Every person (each has a page). */
export async function getPeople(): Promise<Person[]> {
  return (await getContent()).people;
}

/** What a person's page lists: their projects, their publications, and the open positions they are the contact for. */
export async function getPersonWork(
  person: Person,
): Promise<{ projects: Project[]; publications: Publication[]; positions: Position[] }> {
  const { projects, publications } = await getContent();
  const positions = await postingsIn(contentLanguage);
  return {
    projects: projects.filter((project) => project.people.includes(person)),
    publications: sortPublications(
      publications.filter((publication) => publication.authors.some((author) => author.person === person)),
    ),
    positions: selectOpenPositions(
      positions.filter((position) => position.contact === person),
      { now, timeZone: site.timeZone },
    ),
  };
}

/** Newest first. */
const sortPublications = (publications: Publication[]) =>
  groupByYear(publications).flatMap((year) => year.publications);

/** The publications by year, newest first. */
export async function getPublicationsByYear(): Promise<ReturnType<typeof groupByYear<Publication>>> {
  return groupByYear((await getContent()).publications);
}

/** The publications marked `selected = {true}`, newest first. */
export async function getSelectedPublications(): Promise<Publication[]> {
  return sortPublications((await getContent()).publications.filter((publication) => publication.selected));
}

/** What the home page shows below its text; each part is empty when there is nothing to show. */
export async function getHomeSections(
  lang: Lang,
): Promise<{ news: NewsItem[]; open: Position[]; selected: Publication[] }> {
  const { news } = await getContent();
  return {
    news: news.slice(0, 3),
    open: selectOpenPositions(await postingsIn(lang), { now, timeZone: site.timeZone }),
    selected: await getSelectedPublications(),
  };
}

/** All news, newest first. */
export async function getNews(): Promise<NewsItem[]> {
  return (await getContent()).news;
}

/** All projects, each in its version in `lang` where there is one: ongoing first, newest first. */
export async function getProjects(lang: Lang = contentLanguage): Promise<Project[]> {
  return (await getContent()).projects.map((project) => versionIn(project, lang));
}

/** Every version of every project: each has a page. */
export async function getAllProjects(): Promise<Project[]> {
  return (await getContent()).allProjects;
}

/** A site path with the base path in front, for `href` and `src`. */
export function url(path: string): string {
  return withBase(path, site.base);
}

/** The full address of a site path, for feeds, calendars and search engines. */
export function absoluteUrl(path: string): string {
  return new URL(url(path), site.url).href;
}
