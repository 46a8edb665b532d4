import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.config';
import { calendarDateAt, resolveNow, type CalendarDate } from './dates';
import { buildNav, findMissingChildren, type NavItem } from './navigation';
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
  countdownLabel,
  isOpen,
  kindsToShow,
  selectOpenPositions,
  selectRecentlyClosed,
  type PositionKind,
} from './positions';
import { personFinder, groupPeople, isAlumnus } from './people';
import { authorName, groupByYear, type Author } from './publications';
import { sortProjects } from './projects';
import { sitemapHints } from './sitemap';

/** The moment this build shows: `SITE_NOW` when set, otherwise the clock when the build started. */
export const now: Date = resolveNow(process.env.SITE_NOW, new Date(), site.timeZone);

/** Today's calendar date in the site's time zone. */
export const today: CalendarDate = calendarDateAt(now, site.timeZone);

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
  id: string;
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

export type Position = Omit<CollectionEntry<'positions'>['data'], 'project' | 'kind' | 'contact'> & {
  id: string;
  file: string;
  href: string;
  /** Open at the moment of the build (the page's script re-checks on the visitor's clock). */
  open: boolean;
  /** The description as HTML. */
  descriptionHtml: string;
  kinds: PositionKind[];
  /** The end of the deadline day in the site's zone; undefined means open until filled. */
  closesAt: Date | undefined;
  /** "closes in 5 days" when 14 days or fewer remain at the build. */
  countdown: string | undefined;
  project: Project | undefined;
  /** The person to ask about it. */
  contact: Person | undefined;
  entry: CollectionEntry<'positions'>;
};

interface SiteContent {
  pages: Page[];
  people: Person[];
  projects: Project[];
  positions: Position[];
  publications: Publication[];
  news: NewsItem[];
}

const notDraft = ({ data }: { data: { draft: boolean } }) => !data.draft;
const fileOf = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;

/** Fails when a file name that becomes a URL cannot be one. */
function assertUrlId(entry: { id: string; filePath?: string | undefined }): void {
  const problem = checkUrlId(entry.id);
  if (problem) throw new ContentError(`${fileOf(entry)}: ${problem}.`);
}

/** Reads every collection once, drops drafts, sorts, and checks what the schemas cannot: URLs, links, references. */
async function loadContent(): Promise<SiteContent> {
  const pages: Page[] = (await getCollection('pages', notDraft))
    .map((entry) => {
      if (!entry.data.permalink) assertUrlId(entry);
      return {
        ...entry.data,
        id: entry.id,
        file: fileOf(entry),
        permalink: entry.data.permalink ?? defaultPermalink(entry.id),
        entry,
      };
    })
    .toSorted((a, b) => a.permalink.localeCompare(b.permalink));

  for (const page of pages) {
    if (!(Object.values(COLLECTION_INDEXES) as string[]).includes(page.permalink)) continue;
    if (page.layout !== 'page' || page.open_positions !== undefined) {
      throw new ContentError(
        `${page.file}: ${page.layout !== 'page' ? 'layout' : 'open_positions'}: this page introduces the list at ${page.permalink}, which has a layout of its own; remove the key (the list already shows what it should).`,
      );
    }
  }

  const people: Person[] = (await getCollection('people', notDraft)).map((entry) => {
    assertUrlId(entry);
    return {
      ...entry.data,
      id: entry.id,
      file: fileOf(entry),
      href: `/people/${entry.id}/`,
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
  const projects: Project[] = sortProjects(
    (await getCollection('projects', notDraft)).map((entry) => {
      assertUrlId(entry);
      const file = fileOf(entry);
      return {
        ...entry.data,
        id: entry.id,
        file,
        href: `/projects/${entry.id}/`,
        people: entry.data.people.map((ref) => personFor(ref.id, file, 'people')),
        entry,
      };
    }),
    today,
  );
  const projectsById = new Map(projects.map((project) => [project.id, project]));

  const positions: Position[] = (await getCollection('positions', notDraft))
    .map((entry) => {
      assertUrlId(entry);
      if (fileOf(entry).endsWith('.mdx')) {
        throw new ContentError(
          `${fileOf(entry)}: positions are written in markdown (.md), because their description is also published as HTML for job search engines and the feed; rename the file to .md.`,
        );
      }
      const { project: ref, kind, contact, ...data } = entry.data;
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
        id: entry.id,
        file: fileOf(entry),
        href: `/positions/${entry.id}/`,
        open: isOpen(data, now, site.timeZone),
        descriptionHtml: entry.rendered?.html.trim() ?? '',
        kinds: kind,
        closesAt: closesAt(data, site.timeZone),
        countdown: countdownLabel(data.deadline, today),
        project,
        contact: contact ? personFor(contact.id, fileOf(entry), 'contact') : undefined,
        entry,
      };
    })
    .toSorted((a, b) => a.id.localeCompare(b.id));

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
      return { ...entry.data, id: entry.id, file: fileOf(entry), href: `/news/#news-${entry.id}`, entry };
    })
    .toSorted((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));

  const claims: RouteClaim[] = [
    ...pages.map((page) => ({ permalink: page.permalink, source: page.file })),
    ...projects.map((project) => ({ permalink: project.href, source: `${project.file} (the project's page)` })),
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

  const known = new Set([...claims.map((claim) => claim.permalink), ...Object.values(COLLECTION_INDEXES)]);
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

  return { pages, people, projects, positions, publications, news };
}

let cache: Promise<SiteContent> | undefined;
/** The site's content, read and checked once per build. */
export function getContent(): Promise<SiteContent> {
  return (cache ??= loadContent());
}

/** Pages that the catch-all route builds (collection indexes have routes of their own). */
export async function getPageRoutes(): Promise<Page[]> {
  const indexes: string[] = Object.values(COLLECTION_INDEXES);
  return (await getContent()).pages.filter((page) => !indexes.includes(page.permalink));
}

/** The page that introduces a collection index, if the lab wrote one. */
export async function getIndexPage(permalink: string): Promise<Page | undefined> {
  return (await getContent()).pages.find((page) => page.permalink === permalink);
}

/** The menu for the page at `pathname` (the URL path, base included). */
export async function getNav(pathname: string): Promise<NavItem[]> {
  const { pages } = await getContent();
  return buildNav(pages, stripBase(pathname, site.base), site.base);
}

/** The positions open now, of the kinds a page's `open_positions` asks for (`null`: the page lists none). */
export async function getOpenPositions(
  openPositions: Page['open_positions'],
): Promise<{ kinds: readonly PositionKind[]; positions: Position[] } | null> {
  const kinds = kindsToShow(openPositions);
  if (!kinds) return null;
  const { positions } = await getContent();
  return { kinds, positions: selectOpenPositions(positions, { now, timeZone: site.timeZone, kinds }) };
}

/** The open positions that name a project. */
export async function getProjectPositions(projectId: string): Promise<Position[]> {
  const { positions } = await getContent();
  return selectOpenPositions(
    positions.filter((position) => position.project?.id === projectId),
    { now, timeZone: site.timeZone },
  );
}

/** Every position, open or closed: each has a page. */
export async function getPositions(): Promise<Position[]> {
  return (await getContent()).positions;
}

/** The positions index: open ones in visiting order, then the (at most 10) most recently closed. */
export async function getPositionsIndex(): Promise<{ open: Position[]; closed: Position[] }> {
  const { positions } = await getContent();
  return {
    open: selectOpenPositions(positions, { now, timeZone: site.timeZone }),
    closed: selectRecentlyClosed(positions, { now, timeZone: site.timeZone, limit: 10 }),
  };
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
  const { projects, publications, positions } = await getContent();
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
export async function getHomeSections(): Promise<{ news: NewsItem[]; open: Position[]; selected: Publication[] }> {
  const { news, positions } = await getContent();
  return {
    news: news.slice(0, 3),
    open: selectOpenPositions(positions, { now, timeZone: site.timeZone }),
    selected: await getSelectedPublications(),
  };
}

/** All news, newest first. */
export async function getNews(): Promise<NewsItem[]> {
  return (await getContent()).news;
}

/** All projects: ongoing first, newest first. */
export async function getProjects(): Promise<Project[]> {
  return (await getContent()).projects;
}

/** A site path with the base path in front, for `href` and `src`. */
export function url(path: string): string {
  return withBase(path, site.base);
}

/** The full address of a site path, for feeds, calendars and search engines. */
export function absoluteUrl(path: string): string {
  return new URL(url(path), site.url).href;
}
