// The share cards as data: where each lives, its size, and what it says. Drawing them is src/lib/sharecard-render.ts,
// which only the card route loads.
import type { Dictionary } from '../i18n/en';
import type { PositionKind } from '../schemas/positions';
import { formatDate, type CalendarDate, type PartialDate } from './dates';
import { applyBy, describeKinds } from './positions';
import type { SiteFacts } from './site';

/** The share card's size in pixels: the size Open Graph and most link previews expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type CardKind = 'position' | 'project' | 'post' | 'site';

/** What a share card says; `cardTree` lays it out. */
export interface Card {
  kind: CardKind;
  lab: string;
  university: string;
  /** The small line above the title: "PhD / Postdoc", "Research project". */
  label?: string | undefined;
  title: string;
  /** Text below the title (the position's project, a project's summary, the site's description); clamped. */
  lines: string[];
  /** The band at the bottom, in bold: "Apply by 31 January 2024", "Open until filled", "Closed", "2022 – present". */
  status?: string | undefined;
  /** Said after the status, in regular weight: "This position has been filled.", "Funded by BMBF". */
  note?: string | undefined;
  /** A closed position: grey instead of blue, and the band says "Closed". */
  closed?: boolean | undefined;
  /** The lab's logo as a `data:` URL (see `logoDataUrl`), beside the lab name. */
  logo?: string | undefined;
  /** The file the card's words come from, for a message about them (`src/content/positions/phd.md`). */
  source?: string | undefined;
}

/** What the cards need from the site config, in the card's language. */
export interface CardSite {
  name: string;
  university: string;
  description: string;
}

/** The lab's words on a card in the language of `facts` (see `factsIn`). */
export function cardSite(facts: SiteFacts): CardSite {
  return { name: facts.name.text, university: facts.university.text, description: facts.description.text };
}

/** The site path of a card (without the base): `/cards/positions/<id>.png`, `/cards/projects/<id>.png`, `/cards/site.png`. */
export function cardPath(kind: CardKind, id?: string): string {
  if (kind === 'site') return '/cards/site.png';
  if (!id) throw new Error(`cardPath: a ${kind} card needs the ${kind}'s id`);
  return `/cards/${kind}s/${id}.png`;
}

/** What a position card needs: `open` as decided at the build. */
export interface CardPosition {
  file?: string | undefined;
  title: string;
  kinds: readonly PositionKind[];
  deadline?: CalendarDate | undefined;
  filled: boolean;
  open: boolean;
  project?: { title: string } | undefined;
}

/** The card of a position: its kinds, its title, its project, and the deadline, "Open until filled" or "Closed". */
export function positionCard(position: CardPosition, site: CardSite, t: Dictionary): Card {
  return {
    kind: 'position',
    lab: site.name,
    university: site.university,
    label: describeKinds(position.kinds, t),
    title: position.title,
    lines: position.project ? [`${t.positions.project}: ${position.project.title}`] : [],
    ...positionStatus(position, t),
    closed: !position.open,
    source: position.file,
  };
}

/** The band of a position card: "Apply by 31 January 2024", "Open until filled", or "Closed" (never a deadline). */
export function positionStatus(position: CardPosition, t: Dictionary): { status: string; note?: string } {
  if (!position.open) {
    return {
      status: t.positions.closed,
      note: position.filled || !position.deadline ? t.positions.filled : t.cards.noLongerAccepted,
    };
  }
  return { status: applyBy(position.deadline, t) };
}

/** What a project card needs. */
export interface CardProject {
  file?: string | undefined;
  title: string;
  summary: string;
  start: PartialDate;
  end?: PartialDate | undefined;
  funder?: string | undefined;
}

/** The card of a project: its title, its summary, when it runs and who funds it. */
export function projectCard(project: CardProject, site: CardSite, t: Dictionary): Card {
  return {
    kind: 'project',
    lab: site.name,
    university: site.university,
    label: t.cards.researchProject,
    title: project.title,
    lines: [project.summary],
    status: projectPeriod(project, t),
    note: project.funder ? `${t.projects.funder} ${project.funder}` : undefined,
    source: project.file,
  };
}

/** When a project runs, as its page says it: "April 2015 – March 2018", "2022 – present". */
export function projectPeriod(project: Pick<CardProject, 'start' | 'end'>, t: Dictionary): string {
  const end = project.end ? formatDate(project.end, t.locale) : t.dates.present;
  return `${formatDate(project.start, t.locale)} – ${end}`;
}

/** What a post card needs. */
export interface CardPost {
  file?: string | undefined;
  title: string;
  description?: string | undefined;
  date: CalendarDate;
  authors: readonly { name: string }[];
}

/** The card of a blog post: its title, its description, its date and its authors. */
export function postCard(post: CardPost, site: CardSite, t: Dictionary): Card {
  return {
    kind: 'post',
    lab: site.name,
    university: site.university,
    label: t.blog.label,
    title: post.title,
    lines: post.description ? [post.description] : [],
    status: formatDate(post.date, t.locale),
    note: post.authors.length ? post.authors.map((author) => author.name).join(', ') : undefined,
    source: post.file,
  };
}

/** The card of every other page: the university, the lab's name and the site's description. */
export function siteCard(site: CardSite): Card {
  return {
    kind: 'site',
    lab: site.name,
    university: site.university,
    title: site.name,
    lines: [site.description],
    source: 'src/site.config.ts',
  };
}
