// The collections of a lab's year: events, blog posts and courses, read as the other collections are (see
// collections.ts): drafts left out, ids resolved, problems recorded, never thrown.
import { PERSON_ID } from '../../schemas/fields';
import { endsAt, isUpcoming, startsAt } from '../events';
import { entryHasMath } from '../math';
import { postSlug, readingMinutes, summaryOf, tagSlug } from '../posts';
import { parseTerm } from '../teaching';
import { fileOf, translationProblem, urlIdProblem } from './checks';
import { inSite, notDraft, placed, type Finder, type Reading } from './collections';
import { pairVersions, splitLanguage } from './translations';
import {
  COLLECTION_INDEXES,
  type Collections,
  type Contributor,
  type Course,
  type Event,
  type Person,
  type Post,
  type Project,
} from './views';

/**
 * Speakers or authors as written: a value written like an id (`erika-mustermann`) must be a person's id, and is
 * linked to them; anything else is a guest's name, shown as written.
 */
function contributors(
  values: readonly string[],
  file: string,
  field: string,
  personFor: Finder<Person>,
): Contributor[] {
  return values.flatMap((value): Contributor[] => {
    if (!PERSON_ID.test(value)) return [{ name: value, person: undefined }];
    const person = personFor(value, file, field);
    return person ? [{ name: person.name, person }] : [];
  });
}

/** The events, each upcoming or past at the moment of the build; by start, the earliest first. */
export function readEvents(
  entries: Collections['events'],
  { site, urls, contentLanguage, now, report }: Reading,
  { projectFor, personFor }: { projectFor: Finder<Project>; personFor: Finder<Person> },
): Event[] {
  const timeZone = site.timeZone;
  return entries
    .filter(notDraft)
    .filter((entry) => report(urlIdProblem(entry)))
    .filter(
      (entry) =>
        !splitLanguage(entry.id, contentLanguage).translation ||
        report(translationProblem(entry, 'events', contentLanguage)),
    )
    .map((entry) => {
      const { speakers, host, project, ...data } = entry.data;
      const file = fileOf(entry);
      return {
        ...data,
        id: entry.id,
        file,
        href: urls.localize(`${COLLECTION_INDEXES.events}${entry.id}/`, contentLanguage),
        speakers: contributors(speakers, file, 'speakers', personFor),
        host: host.flatMap((id) => personFor(id, file, 'host') ?? []),
        project: project ? projectFor(project, file, 'project') : undefined,
        startsAt: startsAt(data, timeZone),
        endsAt: endsAt(data, timeZone),
        upcoming: isUpcoming(data, now, timeZone),
        description: summaryOf(entry.rendered?.html ?? ''),
        math: entryHasMath(entry),
      };
    })
    .toSorted((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title));
}

/** Every version of every post, newest first; translations paired by file name. */
export function readPosts(entries: Collections['posts'], reading: Reading, personFor: Finder<Person>): Post[] {
  const { site, urls } = reading;
  const posts: Post[] = entries
    .filter(notDraft)
    .map((entry) => placed(entry, reading))
    .filter(inSite(site))
    .filter(({ entry }) => reading.report(urlIdProblem(entry)))
    .map(({ entry, lang, key }) => {
      const file = fileOf(entry);
      const slug = postSlug(key);
      const html = entry.rendered?.html ?? '';
      return {
        ...entry.data,
        id: key,
        slug,
        lang,
        key,
        versions: new Map(),
        file,
        href: urls.localize(`${COLLECTION_INDEXES.blog}${slug}/`, lang),
        authors: contributors(entry.data.authors, file, 'authors', personFor),
        tagLinks: entry.data.tags.map((tag) => ({
          tag,
          href: urls.localize(`${COLLECTION_INDEXES.blog}tags/${tagSlug(tag)}/`, lang),
        })),
        minutes: readingMinutes(html || (entry.body ?? '')),
        html,
        math: entryHasMath(entry),
      };
    })
    .toSorted((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file));
  pairVersions(posts);
  return posts;
}

/** The courses, each with its semester and lecturers. */
export function readCourses(
  entries: Collections['courses'],
  { urls, contentLanguage, report }: Reading,
  personFor: Finder<Person>,
): Course[] {
  return entries
    .filter(notDraft)
    .filter((entry) => report(urlIdProblem(entry)))
    .filter(
      (entry) =>
        !splitLanguage(entry.id, contentLanguage).translation ||
        report(translationProblem(entry, 'courses', contentLanguage)),
    )
    .map((entry) => {
      const file = fileOf(entry);
      return {
        ...entry.data,
        id: entry.id,
        file,
        href: urls.localize(`${COLLECTION_INDEXES.teaching}${entry.id}/`, contentLanguage),
        term: parseTerm(entry.data.term),
        lecturers: entry.data.lecturers.flatMap((id) => personFor(id, file, 'lecturers') ?? []),
        math: entryHasMath(entry),
      };
    })
    .toSorted((a, b) => a.title.localeCompare(b.title));
}
