// What the routes ask of the site model about the lab's year: events, the blog and teaching. Pure functions of the
// model; the moment they judge by is the model's own `now`.
import type { Lang } from '../../i18n/languages';
import { postalAddressLd } from '../address';
import { calendarDateAt } from '../dates';
import { buildEventJsonLd, eventsByTime, selectCalendarEvents } from '../events';
import { selectOpenPositions } from '../positions';
import { tagSlug } from '../posts';
import { labLine } from '../site';
import { compareTerms, termAt, termKey, type Term } from '../teaching';
import type { SiteModel } from './assemble';
import { postingsIn } from './queries';
import { versionIn } from './translations';
import {
  COLLECTION_INDEXES,
  type Course,
  type Event,
  type Page,
  type Person,
  type Position,
  type Post,
  type Project,
} from './views';

/** A year of the events page: its past events, and the upcoming events of that year, which join them when they end. */
export interface EventYear {
  year: string;
  /** Upcoming events that start in the year, the latest first: hidden copies until each ends (src/scripts/guard.ts). */
  coming: Event[];
  /** The year's past events, the most recent first. */
  past: Event[];
}

/**
 * The events page: upcoming first, the soonest first; then the past events by year, the most recent first. Every year
 * an upcoming event starts in is there too, for its copy to appear in when it ends on the visitor's clock.
 */
export function eventsIndex(model: SiteModel): { upcoming: Event[]; years: EventYear[] } {
  const { upcoming, past } = eventsByTime(model.events, model.now, model.site.timeZone);
  const yearOf = (event: Event) => calendarDateAt(event.startsAt, model.site.timeZone).slice(0, 4);
  const years = new Set([...upcoming, ...past.flatMap((group) => group.events)].map(yearOf));
  return {
    upcoming,
    years: [...years]
      .toSorted()
      .toReversed()
      .map((year) => ({
        year,
        coming: upcoming.filter((event) => yearOf(event) === year).toReversed(),
        past: past.find((group) => group.year === year)?.events ?? [],
      })),
  };
}

/** The next upcoming events, for the home page. */
export function nextEvents(model: SiteModel, count = 3): Event[] {
  return eventsIndex(model).upcoming.slice(0, count);
}

/** What the calendar file holds: every upcoming event and those that ended lately. */
export function calendarEvents(model: SiteModel): Event[] {
  return selectCalendarEvents(model.events, model.now, model.site.timeZone);
}

/** A project's events, the most recent first. */
export function projectEvents(model: SiteModel, project: Project): Event[] {
  return model.events.filter((event) => event.project?.id === project.id).toReversed();
}

/** The originals of the posts, each in its version in `lang` where there is one; newest first. */
export function postsIn(model: SiteModel, lang: Lang): Post[] {
  return model.posts.filter((post) => post.lang === model.contentLanguage).map((post) => versionIn(post, lang));
}

/** The blog's tags in a language, each with its posts (newest first), by tag; spelled as first written. */
export function blogTags(model: SiteModel, lang: Lang): { slug: string; tag: string; href: string; posts: Post[] }[] {
  const tags = new Map<string, { slug: string; tag: string; href: string; posts: Post[] }>();
  for (const post of postsIn(model, lang)) {
    for (const { tag, href } of post.tagLinks) {
      const slug = tagSlug(tag);
      const entry = tags.get(slug) ?? { slug, tag, href, posts: [] };
      if (!entry.posts.includes(post)) entry.posts.push(post);
      tags.set(slug, entry);
    }
  }
  return [...tags.values()].toSorted((a, b) => a.tag.localeCompare(b.tag, lang));
}

/** The posts before and after one (in the blog's order, newest first: `newer` is the next one written). */
export function postNeighbours(model: SiteModel, post: Post): { newer: Post | undefined; older: Post | undefined } {
  const posts = postsIn(model, post.lang);
  const at = posts.findIndex((candidate) => candidate.id === post.id);
  return { newer: at > 0 ? posts[at - 1] : undefined, older: at >= 0 ? posts[at + 1] : undefined };
}

/** A semester's courses on the teaching page. */
export interface TermGroup {
  term: Term;
  when: 'current' | 'coming' | 'past';
  courses: Course[];
}

/**
 * The teaching page: the current semester first (it follows from the build's day: see src/lib/teaching.ts), then
 * semesters to come (the soonest first), then past semesters, the newest first.
 */
export function teachingIndex(model: SiteModel): { current: Term; terms: TermGroup[] } {
  const current = termAt(model.today);
  const byTerm = new Map<string, Course[]>();
  for (const course of model.courses)
    byTerm.set(termKey(course.term), [...(byTerm.get(termKey(course.term)) ?? []), course]);
  const groups = [...byTerm.values()].map((courses): TermGroup => {
    const term = courses[0]!.term;
    const order = compareTerms(current, term);
    return { term, when: order === 0 ? 'current' : order > 0 ? 'coming' : 'past', courses };
  });
  const rank = { current: 0, coming: 1, past: 2 } as const;
  return {
    current,
    terms: groups.toSorted(
      (a, b) =>
        rank[a.when] - rank[b.when] ||
        (a.when === 'coming' ? compareTerms(b.term, a.term) : compareTerms(a.term, b.term)),
    ),
  };
}

/** The open thesis topics (positions of kind `thesis`), for the teaching page in `lang`. */
export function thesisTopics(model: SiteModel, lang: Lang): Position[] {
  return selectOpenPositions(postingsIn(model, lang), {
    now: model.now,
    timeZone: model.site.timeZone,
    kinds: ['thesis'],
  });
}

/**
 * Where students find the student jobs in `lang`: the page that lists open student-assistant positions (its version
 * in the language where there is one), or none.
 */
export function studentJobsPage(model: SiteModel, lang: Lang): Page | undefined {
  const lists = (page: Page) => {
    const kinds = page.open_positions;
    return kinds === 'student_assistant' || (Array.isArray(kinds) && kinds.includes('student_assistant'));
  };
  const page = model.pages.find((candidate) => candidate.lang === model.contentLanguage && lists(candidate));
  return page && versionIn(page, lang);
}

/** A person's talks (the most recent first), what they teach (the newest semester first) and their posts. */
export function personActivities(
  model: SiteModel,
  person: Person,
): { talks: Event[]; courses: Course[]; posts: Post[] } {
  return {
    talks: model.events.filter((event) => event.speakers.some((s) => s.person === person)).toReversed(),
    courses: model.courses
      .filter((course) => course.lecturers.includes(person))
      .toSorted((a, b) => compareTerms(a.term, b.term) || a.title.localeCompare(b.title)),
    posts: postsIn(model, model.contentLanguage).filter((post) => post.authors.some((a) => a.person === person)),
  };
}

/** The schema.org Event of an event's page, for search engines. */
export function eventJsonLd(model: SiteModel, event: Event): Record<string, unknown> {
  const { site, urls } = model;
  const { facts } = model.chrome[model.contentLanguage];
  return buildEventJsonLd({
    name: event.title,
    start: event.start,
    end: event.end,
    timeZone: site.timeZone,
    description: event.description,
    url: urls.absoluteUrl(event.href),
    location: event.location,
    online: event.online,
    organizer: { name: labLine(facts), url: urls.absoluteUrl('/') },
    venue: { name: labLine(facts), address: postalAddressLd({ ...site.address, department: undefined }) },
    performers: event.speakers.map((speaker) => speaker.name),
  });
}

/** How many posts a page of the blog lists. */
export const POSTS_PER_PAGE = 10;

/** A page of the blog's list: its number (from 1), its posts, and the addresses of the pages before and after it. */
export interface BlogPage {
  number: number;
  of: number;
  posts: Post[];
  newer: string | undefined;
  older: string | undefined;
}

/** The blog's list in `lang`, newest first, in pages: /blog/, /blog/page/2/, … */
export function blogPages(model: SiteModel, lang: Lang): BlogPage[] {
  const posts = postsIn(model, lang);
  const of = Math.max(1, Math.ceil(posts.length / POSTS_PER_PAGE));
  const href = (n: number) =>
    model.urls.localize(n === 1 ? COLLECTION_INDEXES.blog : `${COLLECTION_INDEXES.blog}page/${n}/`, lang);
  return Array.from({ length: of }, (_, i) => ({
    number: i + 1,
    of,
    posts: posts.slice(i * POSTS_PER_PAGE, (i + 1) * POSTS_PER_PAGE),
    newer: i > 0 ? href(i) : undefined,
    older: i + 1 < of ? href(i + 2) : undefined,
  }));
}
