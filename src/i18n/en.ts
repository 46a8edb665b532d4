import type { PersonRole } from '../schemas/people';
import type { PositionKind } from '../schemas/positions';
import type { SearchType } from '../lib/search';
import type { Lang } from './languages';

/** "a", "a or b", "a, b or c" (`or` is the language's word). */
export const joinWith = (words: readonly string[], or: string) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${or} ${words.at(-1)}`;

/**
 * Every word the layouts and components print, in English. The German dictionary has the same type, so a
 * missing or misspelt key fails `npm run check`, not the visitor. Texts that take numbers or dates are functions;
 * dates arrive formatted (`formatDate` with `locale`).
 */
export const en = {
  /** The language's own name, as the language switcher offers it. */
  name: 'English',
  /** How dates read (`31 January 2024`), `<html lang>` and `og:locale`. */
  locale: 'en-GB',
  /** The mark on content in another language ("in German"), by that language. */
  inLanguage: { en: 'in English', de: 'in German' } satisfies Record<Lang, string>,
  layout: {
    skipToContent: 'Skip to content',
    mainMenu: 'Main',
    menu: 'Menu',
    mobileMenu: 'Main menu',
    externalSite: '(external site)',
    imprint: 'Imprint',
    privacy: 'Privacy',
    legal: 'Legal',
    feedPositions: 'open positions',
    feedNews: 'news',
    feedDeadlines: 'application deadlines',
    feedPositionsAbout: (lab: string) => `Open positions at the ${lab}.`,
    feedNewsAbout: (lab: string) => `News from the ${lab}.`,
  },
  search: {
    title: 'Search',
    description: 'Search the pages, positions, projects, people, publications and news.',
    field: 'Search the site',
    form: 'Site search',
    placeholder: 'Search',
    submit: 'Search',
    allResults: 'All results',
    noScript:
      'Searching needs JavaScript, which is turned off in this browser. Everything on the site can also be reached from the menu.',
    query: 'Search for',
    showOnly: 'Show only',
    everything: 'Everything',
    types: {
      Page: 'Pages',
      Position: 'Positions',
      Project: 'Projects',
      Person: 'People',
      Publication: 'Publications',
      News: 'News',
    } satisfies Record<SearchType, string>,
    /** One result's type badge, as the search lists it. */
    type: {
      Page: 'Page',
      Position: 'Position',
      Project: 'Project',
      Person: 'Person',
      Publication: 'Publication',
      News: 'News',
    } satisfies Record<SearchType, string>,
    closed: 'closed',
    /** "3 results for “phd”", with `#` for the number and `%` for the query. */
    results: { one: '1 result for “%”', other: '# results for “%”', none: 'Nothing found for “%”' },
  },
  theme: {
    /** The toggle's label for each choice, saying what a press does. */
    system: 'Theme: system (switch to light)',
    light: 'Theme: light (switch to dark)',
    dark: 'Theme: dark (switch to system)',
  },
  notFound: {
    title: 'Page not found',
    lead: 'The page you were looking for does not exist, or it has moved.',
    before: 'Try the',
    home: 'home page',
    after: 'or the menu above.',
  },
  dates: {
    present: 'present',
  },
  cards: {
    researchProject: 'Research project',
    noLongerAccepted: 'Applications are no longer accepted.',
  },
  positions: {
    title: 'Positions',
    description: 'Open positions for PhD students, postdocs and students.',
    open: 'Open positions',
    openInProject: 'Open positions in this project',
    askPerson: (name: string) => `Open positions: ask ${name}`,
    openNow: 'Open now',
    recentlyClosed: 'Recently closed',
    closed: 'Closed',
    filledShort: 'Filled',
    kinds: {
      phd: 'PhD',
      postdoc: 'Postdoc',
      student_assistant: 'Student assistant',
      thesis: 'Thesis',
      staff: 'Staff',
    } satisfies Record<PositionKind, string>,
    kindsLabel: 'Kind of position',
    /** A kind inside a sentence ("no open PhD or postdoc positions"). */
    kindsInSentence: {
      phd: 'PhD',
      postdoc: 'postdoc',
      student_assistant: 'student assistant',
      thesis: 'thesis',
      staff: 'staff',
    } satisfies Record<PositionKind, string>,
    empty: (kinds: readonly string[] | 'all') =>
      `There are no open ${kinds === 'all' ? '' : `${joinWith(kinds, 'or')} `}positions at the moment.`,
    getInTouch: 'You are welcome to get in touch anyway:',
    applyBy: 'Apply by',
    applyByDate: (date: string) => `Apply by ${date}`,
    openUntilFilled: 'Open until filled',
    openUntil: 'Open for applications until',
    openUntilFilledLong: 'Open for applications: open until filled',
    /** The countdown: today, tomorrow, and `#` days. */
    countdown: { today: 'closes today', tomorrow: 'closes tomorrow', days: 'closes in # days' },
    applyPortal: 'Apply on the job portal',
    applyEmail: 'Apply by e-mail',
    applicationSubject: (title: string) => `Application: ${title}`,
    details: 'Details',
    of: 'of',
    project: 'Project',
    note: 'Note',
    posted: 'Posted',
    deadline: 'Deadline',
    contact: 'Contact',
    location: 'Location',
    all: '← All positions',
    filled: 'This position has been filled.',
    closedOn: (date: string) => `This position is closed: applications ended on ${date}.`,
    closedShort: 'This position is closed.',
    seeOpen: 'See the positions that are open now',
    summary: (kinds: string, lab: string, status: string) => `${kinds} position at the ${lab}. ${status}`,
    /** The home page's line: "2 open positions, apply by 31 January". */
    count: (count: number, date: string | undefined) =>
      `${count} open position${count === 1 ? '' : 's'}${date ? `, apply by ${date}` : ''}`,
    joinUs: 'Join us',
    feeds: {
      before: 'Follow new positions with the',
      feed: 'RSS feed',
      middle: 'or add all deadlines to your calendar',
      calendar: 'iCalendar',
    },
  },
  projects: {
    title: 'Projects',
    description: 'The research projects of the group, ongoing and completed.',
    none: 'No projects have been added yet.',
    ongoing: 'Ongoing',
    completed: 'Completed',
    all: '← All projects',
    period: 'Period',
    funder: 'Funded by',
    website: 'Website',
    people: 'People',
    topics: 'Topics',
  },
  people: {
    title: 'People',
    description: 'The members of the group and its alumni.',
    none: 'No people have been added yet.',
    alumni: 'Alumni',
    now: 'Now:',
    all: '← All people',
    projects: 'Projects',
    publications: 'Publications',
    website: 'Website',
    groups: {
      pi: 'Group leader',
      postdoc: 'Postdoctoral researchers',
      phd: 'PhD students',
      student: 'Students',
      staff: 'Staff',
      visitor: 'Visitors',
    } satisfies Record<PersonRole, string>,
    roles: {
      pi: 'Group leader',
      postdoc: 'Postdoctoral researcher',
      phd: 'PhD student',
      student: 'Student',
      staff: 'Staff',
      visitor: 'Visitor',
    } satisfies Record<PersonRole, string>,
    formerRoles: {
      pi: 'Former group leader',
      postdoc: 'Former postdoctoral researcher',
      phd: 'Former PhD student',
      student: 'Former student',
      staff: 'Former staff',
      visitor: 'Former visitor',
    } satisfies Record<PersonRole, string>,
    summary: (role: string, lab: string) => `${role} at the ${lab}.`,
  },
  publications: {
    title: 'Publications',
    description: 'Papers by members of the group, newest first.',
    none: 'No publications have been added yet.',
    selected: 'Selected publications',
    all: 'All publications',
    abstract: 'Abstract',
    of: 'of',
    copy: 'Copy',
    copied: 'Copied',
    website: 'Website',
    and: 'and',
    etAl: 'et al.',
    venue: { in: 'In', pages: 'pp.', phdThesis: 'PhD thesis', mastersThesis: "Master's thesis" },
  },
  news: {
    title: 'News',
    description: 'What happened in the group lately.',
    none: 'No news yet.',
    all: 'All news',
    follow: 'Follow the news with the',
    feed: 'RSS feed',
    untitled: (date: string) => `News of ${date}`,
  },
};

export type Dictionary = typeof en;
