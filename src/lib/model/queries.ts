// What the routes ask of the site model: the lists and the sections each kind of page shows. Pure functions of
// the model; the moment they judge by is the model's own `now`.
import type { Lang } from '../../i18n/languages';
import type { PositionKind } from '../../schemas/positions';
import { buildJobPosting } from '../jobposting';
import { groupPeople } from '../people';
import { kindsToShow, selectOpenPositions, selectRecentlyClosed } from '../positions';
import { isOngoing } from '../projects';
import { groupByYear } from '../publications';
import { cardPath } from '../sharecard';
import { labLine } from '../site';
import type { SiteModel } from './assemble';
import { indexPermalinks } from './collections';
import { versionIn } from './translations';
import {
  COLLECTION_INDEXES,
  type IndexName,
  type Page,
  type Person,
  type Position,
  type Post,
  type Project,
  type Publication,
} from './views';

/** The pages the catch-all route builds (collection indexes have routes of their own). */
export function pageRoutes(model: SiteModel): Page[] {
  return model.pages.filter((page) => !indexPermalinks(model.urls, page.lang).includes(page.permalink));
}

/**
 * The languages a collection index is built in: the content language always, another language when the lab
 * translated the page that introduces it (src/content/pages/de/projects.md), or, for the blog, a post.
 */
export function indexLanguages(model: SiteModel, name: IndexName): Lang[] {
  return model.site.languages.filter(
    (lang) =>
      lang === model.contentLanguage ||
      indexPage(model, name, lang) ||
      // A post translated into a language brings the blog's list (and its tag pages) in that language.
      (name === 'blog' && model.posts.some((post) => post.lang === lang)),
  );
}

/** The page that introduces a collection index in a language, if the lab wrote one. */
export function indexPage(model: SiteModel, name: IndexName, lang: Lang): Page | undefined {
  const path = model.urls.localize(COLLECTION_INDEXES[name], lang);
  return model.pages.find((page) => page.permalink === path);
}

/** Where a collection index is in a language: its own version, or the content language's. */
export function indexHref(model: SiteModel, name: IndexName, lang: Lang): string {
  const built = indexLanguages(model, name).includes(lang) ? lang : model.contentLanguage;
  return model.urls.localize(COLLECTION_INDEXES[name], built);
}

/** Every posting in the version a page in `lang` shows: its translation into `lang`, else the original. */
export function postingsIn(model: SiteModel, lang: Lang): Position[] {
  return model.positions.filter((position) => !position.translation).map((position) => versionIn(position, lang));
}

const at = (model: SiteModel) => ({ now: model.now, timeZone: model.site.timeZone });

/** The positions open now, of the kinds a page's `open_positions` asks for (`null`: the page lists none). */
export function openPositionsFor(
  model: SiteModel,
  page: Pick<Page, 'open_positions' | 'lang'>,
): { kinds: readonly PositionKind[]; positions: Position[] } | null {
  const kinds = kindsToShow(page.open_positions);
  if (!kinds) return null;
  return { kinds, positions: selectOpenPositions(postingsIn(model, page.lang), { ...at(model), kinds }) };
}

/** The open positions that name a project, for its page in its language. */
export function projectPositions(model: SiteModel, project: Project): Position[] {
  const postings = postingsIn(model, project.lang).filter((position) => position.project?.id === project.id);
  return selectOpenPositions(postings, at(model));
}

/** The positions index: open ones in visiting order, then the (at most 10) most recently closed. */
export function positionsIndex(model: SiteModel, lang: Lang): { open: Position[]; closed: Position[] } {
  const postings = postingsIn(model, lang);
  return {
    open: selectOpenPositions(postings, at(model)),
    closed: selectRecentlyClosed(postings, { ...at(model), limit: 10 }),
  };
}

/** The projects index: each project in its version in `lang` where there is one, ongoing ones first. */
export function projectsIndex(model: SiteModel, lang: Lang): { id: 'ongoing' | 'completed'; projects: Project[] }[] {
  const projects = model.projects.map((project) => versionIn(project, lang));
  return (['ongoing', 'completed'] as const)
    .map((id) => ({ id, projects: projects.filter((p) => isOngoing(p, model.today) === (id === 'ongoing')) }))
    .filter((group) => group.projects.length > 0);
}

/** The people page: current members by role (the PI first), then the alumni. */
export function peopleIndex(model: SiteModel): ReturnType<typeof groupPeople<Person>> {
  return groupPeople(model.people, model.today);
}

/** Newest first. */
const newestFirst = (publications: readonly Publication[]) =>
  groupByYear(publications).flatMap((year) => year.publications);

/** The publications by year, newest first. */
export function publicationsByYear(model: SiteModel): ReturnType<typeof groupByYear<Publication>> {
  return groupByYear(model.publications);
}

/** What a person's page lists: their projects, their publications, and the open positions they are the contact for. */
export function personWork(
  model: SiteModel,
  person: Person,
): { projects: Project[]; publications: Publication[]; positions: Position[] } {
  return {
    projects: model.projects.filter((project) => project.people.includes(person)),
    publications: newestFirst(model.publications.filter((p) => p.authors.some((author) => author.person === person))),
    positions: selectOpenPositions(
      postingsIn(model, model.contentLanguage).filter((position) => position.contact === person),
      at(model),
    ),
  };
}

/**
 * What a home page shows below its text: the latest news, the open positions (for a one-line summary, unless the
 * page lists them itself) and the selected publications, with where each full list is. Undefined for other pages.
 */
export function homeSections(
  model: SiteModel,
  page: Pick<Page, 'layout' | 'lang' | 'open_positions'>,
):
  | {
      news: SiteModel['news'];
      events: SiteModel['events'];
      open: Position[];
      selected: Publication[];
      more: Record<'positions' | 'news' | 'publications' | 'events', string>;
    }
  | undefined {
  if (page.layout !== 'home') return undefined;
  const more = (name: IndexName) => indexHref(model, name, page.lang);
  return {
    news: model.news.slice(0, 3),
    events: model.events.filter((event) => event.upcoming).slice(0, 3),
    open: kindsToShow(page.open_positions) ? [] : selectOpenPositions(postingsIn(model, page.lang), at(model)),
    selected: newestFirst(model.publications.filter((publication) => publication.selected)),
    more: {
      positions: more('positions'),
      news: more('news'),
      publications: more('publications'),
      events: more('events'),
    },
  };
}

/**
 * The share card of a position or a project, in the language of its page: the original's at
 * `/cards/positions/<id>.png`, a translation's at `/cards/positions/de/<id>.png`.
 */
export function cardOf(model: SiteModel, item: Position | Project | Post): string {
  const [kind, translated] =
    'pageLang' in item
      ? (['position', item.translation] as const)
      : (['slug' in item ? 'post' : 'project', item.lang !== model.contentLanguage] as const);
  return cardPath(kind, translated ? `${item.lang}/${item.id}` : item.id);
}

/** The schema.org JobPosting of an open position, for search engines. */
export function jobPostingFor(model: SiteModel, position: Position): Record<string, unknown> {
  const { site, urls } = model;
  // The lab's words in the language of the posting's page.
  const { facts } = model.chrome[position.pageLang];
  return buildJobPosting({
    id: position.id,
    title: position.title,
    descriptionHtml: position.descriptionHtml,
    posted: position.posted,
    closesAt: position.closesAt,
    employment: position.employment,
    location: position.location ?? { ...site.address, department: facts.department?.text },
    applyByEmail: Boolean(position.apply_email),
    url: urls.absoluteUrl(position.href),
    organization: {
      name: labLine(facts),
      url: urls.absoluteUrl('/'),
      logo: urls.absoluteUrl(site.logo),
    },
    timeZone: site.timeZone,
  });
}
