// How each collection becomes its view models: drafts left out, files placed in their language, ids resolved,
// translations paired. Problems are recorded on the way (`report`), never thrown, so that one build names them all.
import type { Lang } from '../../i18n/languages';
import type { CalendarDate } from '../dates';
import { entryHasMath } from '../math';
import { isAlumnus, personFinder } from '../people';
import { closesAt, isOpen } from '../positions';
import { sortProjects } from '../projects';
import { authorName } from '../publications';
import type { SiteConfig } from '../site';
import {
  contentFolderProblem,
  fileOf,
  indexPageProblems,
  referenceFinder,
  translationProblem,
  urlIdProblem,
  type FileEntry,
} from './checks';
import { quoted, type Problem } from './problems';
import { pairVersions, splitLanguage } from './translations';
import { defaultPermalink, placeLink, placePermalink, type SiteUrls } from './urls';
import {
  COLLECTION_INDEXES,
  type Collections,
  type NewsItem,
  type Page,
  type Person,
  type Position,
  type Project,
  type Publication,
} from './views';

/** What reading a collection needs to know, and where it records the problems it finds. */
export interface Reading {
  site: SiteConfig;
  urls: SiteUrls;
  /** The language of the top-level files: the site's first. */
  contentLanguage: Lang;
  now: Date;
  today: CalendarDate;
  /** Records a problem, if there is one; true when there is none (so that it can filter). */
  report: (problem: Problem | undefined) => boolean;
}

/** A function that finds what an id in a file names, or records a problem (see `referenceFinder`). */
export type Finder<T> = (id: string, file: string, field: string) => T | undefined;

export const notDraft = ({ data }: { data: { draft: boolean } }) => !data.draft;

/** The permalinks of the collection indexes in a language. */
export const indexPermalinks = (urls: SiteUrls, lang: Lang) =>
  Object.values(COLLECTION_INDEXES).map((path) => urls.localize(path, lang));

/** A file's language and key; undefined (and a problem) for a file in a folder of the content language. */
export function placed<E extends FileEntry>(entry: E, { contentLanguage, report }: Reading) {
  return report(contentFolderProblem(entry, contentLanguage))
    ? { entry, ...splitLanguage(entry.id, contentLanguage) }
    : undefined;
}

/** Whether a placed file is in one of the site's languages. */
export const inSite =
  (site: SiteConfig) =>
  <P extends { lang: Lang } | undefined>(item: P): item is NonNullable<P> =>
    item !== undefined && site.languages.includes(item.lang);

/** Every page in every language, by URL; the pages that introduce a list checked. */
export function readPages(entries: Collections['pages'], reading: Reading): Page[] {
  const { site, urls, contentLanguage, report } = reading;
  const pages: Page[] = entries
    .filter(notDraft)
    .map((entry) => placed(entry, reading))
    .filter(inSite(site))
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
        math: entryHasMath(entry),
      };
    })
    // Collections come in no guaranteed order: by URL, then by file.
    .toSorted((a, b) => a.permalink.localeCompare(b.permalink) || a.file.localeCompare(b.file));
  pairVersions(pages);
  for (const problem of indexPageProblems(pages, (lang) => indexPermalinks(urls, lang), contentLanguage, urls.localize))
    report(problem);
  return pages;
}

/** The people, and how to find one by the id a file names them by. */
export function readPeople(
  entries: Collections['people'],
  { urls, contentLanguage, today, report }: Reading,
): { people: Person[]; personFor: Finder<Person> } {
  const people: Person[] = entries
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
      math: entryHasMath(entry),
    }));
  const personFor = referenceFinder(
    people,
    new Set(entries.filter((entry) => entry.data.draft).map((entry) => entry.id)),
    {
      draft: (id) =>
        `${quoted(id)} is a draft (draft: true), so they have no page to link to. Publish them or remove the id.`,
      unknown: (id, known) =>
        `no person has the id ${quoted(id)}. Expected the file name (without .md) of a person in src/content/people; the people are: ${known}.`,
    },
    report,
  );
  return { people, personFor };
}

/** Every version of every project, the originals, and how to find an original by its id. */
export function readProjects(
  entries: Collections['projects'],
  reading: Reading,
  personFor: Finder<Person>,
): { allProjects: Project[]; projects: Project[]; projectFor: Finder<Project> } {
  const { site, urls, contentLanguage, today, report } = reading;
  const allProjects: Project[] = sortProjects(
    entries
      .filter(notDraft)
      .map((entry) => placed(entry, reading))
      .filter(inSite(site))
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
          math: entryHasMath(entry),
        };
      }),
    today,
  );
  pairVersions(allProjects);
  // The originals: what positions name, and what lists show unless a translation is in the page's language.
  const projects = allProjects.filter((project) => project.lang === contentLanguage);
  const projectFor = referenceFinder(
    projects,
    new Set(entries.filter((entry) => entry.data.draft).map((entry) => entry.id)),
    {
      draft: (id) =>
        `the project ${quoted(id)} is a draft (draft: true), so it has no page to link to. Publish the project or remove the project key.`,
      unknown: (id, known) =>
        `no project has the id ${quoted(id)}. Expected the file name (without .md) of a project in src/content/projects; the projects are: ${known}.`,
    },
    report,
  );
  return { allProjects, projects, projectFor };
}

/** Every version of every position, each judged open or closed at the moment of the build. */
export function readPositions(
  entries: Collections['positions'],
  reading: Reading,
  { projectFor, personFor }: { projectFor: Finder<Project>; personFor: Finder<Person> },
): Position[] {
  const { site, urls, contentLanguage, now, report } = reading;
  const postings: Position[] = entries
    .filter(notDraft)
    .map((entry) => placed(entry, reading))
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
        math: entryHasMath(entry),
      };
    })
    .toSorted((a, b) => a.file.localeCompare(b.file));
  // A translation into the language its original is written in: reported, and left out (it would claim the same URL).
  const clashing = new Set<Position>();
  pairVersions(
    postings,
    (position) => position.pageLang,
    (a, b) => {
      const [translation, original] = a.translation ? [a, b] : [b, a];
      clashing.add(translation);
      report({
        file: translation.file,
        message: `this translation is in ${translation.lang}, the language that ${original.file} is already written in (lang: ${original.lang}); remove one of them, or change lang in the original.`,
      });
      return original;
    },
  );
  return postings.filter((position) => !clashing.has(position));
}

/** The publications, each author matched to the lab member they are, if any. */
export function readPublications(entries: Collections['publications'], people: readonly Person[]): Publication[] {
  const findAuthor = personFinder(people);
  return entries.map(({ id, data: { author, ...rest } }) => ({
    ...rest,
    id,
    authors: author.map((a) => ({ name: authorName(a), person: 'literal' in a ? undefined : findAuthor(a) })),
  }));
}

/** The news, newest first. */
export function readNews(entries: Collections['news'], { urls, contentLanguage, report }: Reading): NewsItem[] {
  return entries
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
}
