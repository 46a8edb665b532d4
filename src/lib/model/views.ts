import type { Lang } from '../../i18n/languages';
import type { CourseData } from '../../schemas/courses';
import type { EventData } from '../../schemas/events';
import type { NewsData } from '../../schemas/news';
import type { PageData } from '../../schemas/pages';
import type { PersonData } from '../../schemas/people';
import type { PositionData, PositionKind } from '../../schemas/positions';
import type { PostData } from '../../schemas/posts';
import type { ProjectData } from '../../schemas/projects';
import type { PublicationData } from '../../schemas/publications';
import type { CalendarDate } from '../dates';
import type { Term } from '../teaching';
import type { Localized } from './translations';

/** A content entry as the core receives it: what Astro's `getCollection` gives, with nothing of Astro in it. */
export interface Entry<D> {
  /** The path in the collection's folder without the extension: `de/join-us`, `2022_themis`. */
  id: string;
  /** The file, relative to the project: `src/content/pages/de/join-us.md`. */
  filePath?: string | undefined;
  data: D;
  /** The markdown body as HTML (positions' descriptions go to job search engines and the feed as HTML). */
  rendered?: { html: string } | undefined;
  /** The body as written (for MDX, which is rendered only when its page is). */
  body?: string | undefined;
}

/** Every collection, as read from the content folders: what `assembleSite` is made from. */
export interface Collections {
  pages: readonly Entry<PageData>[];
  positions: readonly Entry<PositionData>[];
  projects: readonly Entry<ProjectData>[];
  people: readonly Entry<PersonData>[];
  news: readonly Entry<NewsData>[];
  publications: readonly Entry<PublicationData>[];
  events: readonly Entry<EventData>[];
  posts: readonly Entry<PostData>[];
  courses: readonly Entry<CourseData>[];
}

/** A page in one language; its translations are its `versions`. */
export type Page = PageData &
  Localized<Page> & {
    /** The entry id (`de/join-us`). */
    id: string;
    /** The file, as the editor finds it. */
    file: string;
    /** The page's URL path in its language (`/de/mitmachen/`), without the base path. */
    permalink: string;
    /** The text has a formula (the page loads KaTeX's stylesheet). */
    math: boolean;
  };

/** A member of the lab, current or former (people are written once, in the site's first language). */
export type Person = PersonData & {
  id: string;
  file: string;
  href: string;
  /** Their `end` day is over (at the build; lists of people are not re-checked in the browser). */
  alumnus: boolean;
  math: boolean;
};

export type Project = Omit<ProjectData, 'people'> &
  Localized<Project> & {
    /** The file name, the same for a project and its translations. */
    id: string;
    file: string;
    /** The people who work on it, in the order the project lists them. */
    people: Person[];
    math: boolean;
  };

/** An author of a publication, and the lab member they are, if any. */
export interface PublicationAuthor {
  name: string;
  person: Person | undefined;
}

export type Publication = Omit<PublicationData, 'author'> & {
  /** The citation key. */
  id: string;
  authors: PublicationAuthor[];
};

export type NewsItem = NewsData & {
  id: string;
  file: string;
  /** The item's anchor on the news page. */
  href: string;
  /** The text as HTML, for the feed. */
  html: string;
};

export type Position = Omit<PositionData, 'project' | 'kind' | 'contact' | 'lang'> &
  Localized<Position> & {
    /** The file name, the same for a position and its translations. */
    id: string;
    /** The language of the posting's page: its own, or the content language when that language is switched off. */
    pageLang: Lang;
    /** A translation of a posting in another file (de/<id>.md). */
    translation: boolean;
    file: string;
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
    math: boolean;
  };

/** A speaker or an author: a lab member (with a page), or a guest named as written. */
export interface Contributor {
  name: string;
  person: Person | undefined;
}

/** A talk, seminar, workshop, defence or conference (events are written once, in the site's first language). */
export type Event = Omit<EventData, 'speakers' | 'host' | 'project'> & {
  id: string;
  file: string;
  href: string;
  speakers: Contributor[];
  host: Person[];
  project: Project | undefined;
  /** The instants it begins and becomes past (see src/lib/events.ts). */
  startsAt: Date;
  endsAt: Date;
  /** Not yet over at the moment of the build (the page's script re-checks on the visitor's clock). */
  upcoming: boolean;
  /** The first words of its text, for search engines and link previews. */
  description: string;
  /** The text has a formula (the page loads KaTeX's stylesheet). */
  math: boolean;
};

/** A blog post in one language; its translations are its `versions`. */
export type Post = Omit<PostData, 'authors'> &
  Localized<Post> & {
    /** The file name without language folder and extension, the same for a post and its translations. */
    id: string;
    /** Its address: the file name without al-folio's date prefix. */
    slug: string;
    file: string;
    authors: Contributor[];
    /** The tags with their addresses. */
    tagLinks: { tag: string; href: string }[];
    /** Minutes to read it. */
    minutes: number;
    /** The text as HTML (the feed's full text; empty for MDX, which is rendered with its components). */
    html: string;
    math: boolean;
  };

/** A course in one semester (courses are written once, in the site's first language). */
export type Course = Omit<CourseData, 'lecturers' | 'term'> & {
  id: string;
  file: string;
  href: string;
  term: Term;
  lecturers: Person[];
  math: boolean;
};

/** Collection indexes and the permalinks of their pages: a page with one gives the index its title, text and menu place. */
export const COLLECTION_INDEXES = {
  projects: '/projects/',
  positions: '/positions/',
  people: '/people/',
  publications: '/publications/',
  news: '/news/',
  events: '/events/',
  blog: '/blog/',
  teaching: '/teaching/',
} as const;

export type IndexName = keyof typeof COLLECTION_INDEXES;

/** What the sitemap is told beyond the list of pages; paths include the base path. */
export interface SitemapData {
  /** Pages that must not be listed (closed positions). */
  exclude: string[];
  /** When a page last changed. */
  lastmod: [path: string, date: CalendarDate][];
  /** Pages in several languages, with every version's full address (`x-default` included). */
  alternates: [path: string, links: { lang: string; url: string }[]][];
}
