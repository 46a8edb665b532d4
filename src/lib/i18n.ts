import type { PersonRole } from './people';
import type { PositionKind } from './positions';
import type { SearchType } from './search';

/** The languages the interface is written in; a site config picks some of them. */
export const LANGUAGES = ['en', 'de'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** "a", "a or b", "a, b or c" (`or` is the language's word). */
const joinWith = (words: readonly string[], or: string) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${or} ${words.at(-1)}`;

/**
 * Every word the layouts and components print, in English. The German dictionary has the same type, so a
 * missing or misspelt key fails `npm run check`, not the visitor. Texts that take numbers or dates are functions;
 * dates arrive formatted (`formatDate` with `locale`).
 */
const en = {
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

const de: Dictionary = {
  name: 'Deutsch',
  locale: 'de-DE',
  inLanguage: { en: 'auf Englisch', de: 'auf Deutsch' },
  layout: {
    skipToContent: 'Zum Inhalt springen',
    mainMenu: 'Hauptnavigation',
    menu: 'Menü',
    mobileMenu: 'Hauptmenü',
    externalSite: '(externe Website)',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    legal: 'Rechtliches',
    feedPositions: 'offene Stellen',
    feedNews: 'Neuigkeiten',
    feedDeadlines: 'Bewerbungsfristen',
    feedPositionsAbout: (lab) => `Offene Stellen in der ${lab}.`,
    feedNewsAbout: (lab) => `Neuigkeiten aus der ${lab}.`,
  },
  search: {
    title: 'Suche',
    description: 'Durchsuchen Sie Seiten, Stellen, Projekte, Personen, Publikationen und Neuigkeiten.',
    field: 'Website durchsuchen',
    form: 'Suche auf der Website',
    placeholder: 'Suchen',
    submit: 'Suchen',
    allResults: 'Alle Ergebnisse',
    noScript:
      'Die Suche braucht JavaScript, das in diesem Browser ausgeschaltet ist. Alle Inhalte der Website sind auch über das Menü erreichbar.',
    query: 'Suchen nach',
    showOnly: 'Nur zeigen',
    everything: 'Alles',
    types: {
      Page: 'Seiten',
      Position: 'Stellen',
      Project: 'Projekte',
      Person: 'Personen',
      Publication: 'Publikationen',
      News: 'Neuigkeiten',
    },
    type: {
      Page: 'Seite',
      Position: 'Stelle',
      Project: 'Projekt',
      Person: 'Person',
      Publication: 'Publikation',
      News: 'Neuigkeit',
    },
    closed: 'beendet',
    results: { one: '1 Ergebnis für „%“', other: '# Ergebnisse für „%“', none: 'Nichts gefunden für „%“' },
  },
  theme: {
    system: 'Farbschema: wie das System (zu hell wechseln)',
    light: 'Farbschema: hell (zu dunkel wechseln)',
    dark: 'Farbschema: dunkel (zum System wechseln)',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    lead: 'Die gesuchte Seite gibt es nicht, oder sie ist umgezogen.',
    before: 'Versuchen Sie die',
    home: 'Startseite',
    after: 'oder das Menü oben.',
  },
  dates: {
    present: 'heute',
  },
  cards: {
    researchProject: 'Forschungsprojekt',
    noLongerAccepted: 'Bewerbungen werden nicht mehr angenommen.',
  },
  positions: {
    title: 'Stellen',
    description: 'Offene Stellen für Promovierende, Postdocs und Studierende.',
    open: 'Offene Stellen',
    openInProject: 'Offene Stellen in diesem Projekt',
    askPerson: (name) => `Offene Stellen: Ansprechperson ${name}`,
    openNow: 'Jetzt offen',
    recentlyClosed: 'Kürzlich beendet',
    closed: 'Beendet',
    filledShort: 'Besetzt',
    kinds: {
      phd: 'Promotion',
      postdoc: 'Postdoc',
      student_assistant: 'Studentische Hilfskraft',
      thesis: 'Abschlussarbeit',
      staff: 'Mitarbeit',
    },
    kindsLabel: 'Art der Stelle',
    kindsInSentence: {
      phd: 'Promotionsstellen',
      postdoc: 'Postdoc-Stellen',
      student_assistant: 'Stellen für studentische Hilfskräfte',
      thesis: 'Abschlussarbeiten',
      staff: 'Stellen für Mitarbeitende',
    },
    empty: (kinds) =>
      kinds === 'all'
        ? 'Zurzeit sind keine Stellen offen.'
        : `Zurzeit gibt es keine offenen ${joinWith(kinds, 'oder')}.`,
    getInTouch: 'Melden Sie sich trotzdem gern:',
    applyBy: 'Bewerbung bis',
    applyByDate: (date) => `Bewerbung bis ${date}`,
    openUntilFilled: 'Offen bis zur Besetzung',
    openUntil: 'Bewerbungen sind möglich bis',
    openUntilFilledLong: 'Bewerbungen sind möglich, bis die Stelle besetzt ist',
    countdown: { today: 'endet heute', tomorrow: 'endet morgen', days: 'endet in # Tagen' },
    applyPortal: 'Im Stellenportal bewerben',
    applyEmail: 'Per E-Mail bewerben',
    applicationSubject: (title) => `Bewerbung: ${title}`,
    details: 'Details',
    of: 'zu',
    project: 'Projekt',
    note: 'Hinweis',
    posted: 'Veröffentlicht',
    deadline: 'Bewerbungsfrist',
    contact: 'Kontakt',
    location: 'Ort',
    all: '← Alle Stellen',
    filled: 'Diese Stelle ist besetzt.',
    closedOn: (date) => `Diese Ausschreibung ist beendet: Bewerbungen waren bis zum ${date} möglich.`,
    closedShort: 'Diese Ausschreibung ist beendet.',
    seeOpen: 'Zu den Stellen, die jetzt offen sind',
    summary: (kinds, lab, status) => `${kinds}: Stelle in der ${lab}. ${status}`,
    count: (count, date) =>
      `${count} offene ${count === 1 ? 'Stelle' : 'Stellen'}${date ? `, Bewerbung bis ${date}` : ''}`,
    joinUs: 'Mitmachen',
    feeds: {
      before: 'Neue Stellen gibt es als',
      feed: 'RSS-Feed',
      middle: 'und alle Fristen für Ihren Kalender',
      calendar: 'iCalendar',
    },
  },
  projects: {
    title: 'Projekte',
    description: 'Die Forschungsprojekte der Arbeitsgruppe, laufende und abgeschlossene.',
    none: 'Noch keine Projekte.',
    ongoing: 'Laufend',
    completed: 'Abgeschlossen',
    all: '← Alle Projekte',
    period: 'Laufzeit',
    funder: 'Gefördert von',
    website: 'Website',
    people: 'Personen',
    topics: 'Themen',
  },
  people: {
    title: 'Personen',
    description: 'Die Mitglieder der Arbeitsgruppe und ihre Ehemaligen.',
    none: 'Noch keine Personen.',
    alumni: 'Ehemalige',
    now: 'Heute:',
    all: '← Alle Personen',
    projects: 'Projekte',
    publications: 'Publikationen',
    website: 'Website',
    groups: {
      pi: 'Leitung',
      postdoc: 'Postdocs',
      phd: 'Promovierende',
      student: 'Studierende',
      staff: 'Mitarbeitende',
      visitor: 'Gäste',
    },
    roles: {
      pi: 'Leitung der Arbeitsgruppe',
      postdoc: 'Postdoc',
      phd: 'Doktorand:in',
      student: 'Student:in',
      staff: 'Mitarbeiter:in',
      visitor: 'Gast',
    },
    formerRoles: {
      pi: 'Ehemalige Leitung',
      postdoc: 'Ehemals Postdoc',
      phd: 'Ehemals Doktorand:in',
      student: 'Ehemals Student:in',
      staff: 'Ehemals Mitarbeiter:in',
      visitor: 'Ehemals Gast',
    },
    summary: (role, lab) => `${role}, ${lab}.`,
  },
  publications: {
    title: 'Publikationen',
    description: 'Veröffentlichungen aus der Arbeitsgruppe, die neuesten zuerst.',
    none: 'Noch keine Publikationen.',
    selected: 'Ausgewählte Publikationen',
    all: 'Alle Publikationen',
    abstract: 'Abstract',
    of: 'von',
    copy: 'Kopieren',
    copied: 'Kopiert',
    website: 'Website',
    and: 'und',
    etAl: 'et al.',
    venue: { in: 'In', pages: 'S.', phdThesis: 'Dissertation', mastersThesis: 'Masterarbeit' },
  },
  news: {
    title: 'Neuigkeiten',
    description: 'Was in der Arbeitsgruppe zuletzt geschah.',
    none: 'Noch keine Neuigkeiten.',
    all: 'Alle Neuigkeiten',
    follow: 'Neuigkeiten gibt es auch als',
    feed: 'RSS-Feed',
    untitled: (date) => `Neuigkeit vom ${date}`,
  },
};

/** The dictionaries by language. */
export const DICTIONARIES: Record<Lang, Dictionary> = { en, de };

/** A site path in a language: the default language's paths have no prefix, the others' begin with `/de/`. */
export function localizePath(path: string, lang: Lang, defaultLanguage: Lang): string {
  return lang === defaultLanguage ? path : `/${lang}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Where a permalink written in a file of the given language goes: a translation's `/de/mitmachen/` (or
 * `/mitmachen/`) is placed under its language's prefix, so that the same file works whichever language is
 * the default.
 */
export function placePermalink(written: string, lang: Lang, defaultLanguage: Lang): string {
  const inner = written.startsWith(`/${lang}/`) ? written.slice(lang.length + 1) : written;
  return localizePath(inner, lang, defaultLanguage);
}

/**
 * Where a site path written in content goes (a link in the text, a menu child, the legal pages of the site config).
 * Paths are written as the site has them with its first language as the default: `/join-us/` for a page in that
 * language, `/de/mitmachen/` for a German one. When another language is the default, they move with their pages
 * (`/join-us/` → `/en/join-us/`, `/de/mitmachen/` → `/mitmachen/`). Files (`/papers/a.pdf`) stay where they are.
 */
export function placeLink(path: string, site: { languages: readonly Lang[]; defaultLanguage: Lang }): string {
  const [contentLanguage] = site.languages;
  if (!contentLanguage || site.defaultLanguage === contentLanguage) return path;
  const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(path) ?? [];
  if (/\.[a-z0-9]+$/i.test(pathname)) return path;
  const lang = site.languages.find(
    (l) => l !== contentLanguage && (pathname === `/${l}` || pathname.startsWith(`/${l}/`)),
  );
  const page = pathname === `/${lang}` ? `${pathname}/` : pathname;
  return placePermalink(page, lang ?? contentLanguage, site.defaultLanguage) + rest;
}

/**
 * A content file's language and the key that pairs it with its translations: `de/join-us` is the German
 * version of `join-us`; a file outside a language folder is in the content language (the site's first).
 */
export function splitLanguage(id: string, contentLanguage: Lang): { lang: Lang; key: string; translation: boolean } {
  const slash = id.indexOf('/');
  const first = slash > 0 ? id.slice(0, slash) : '';
  if (isLang(first) && first !== contentLanguage) return { lang: first, key: id.slice(slash + 1), translation: true };
  return { lang: contentLanguage, key: id, translation: false };
}

/** One version of a page in a language, for the language switcher and `hreflang`. */
export interface Version {
  lang: Lang;
  /** The site path of this version. */
  href: string;
}

/**
 * Where the language switcher goes from a page: to its version in each other language, or, where it has none,
 * to that language's home page.
 */
export function switchTargets(
  versions: readonly Version[],
  current: Lang,
  languages: readonly Lang[],
  home: (lang: Lang) => string,
): (Version & { translated: boolean })[] {
  return languages
    .filter((lang) => lang !== current)
    .map((lang) => {
      const version = versions.find((v) => v.lang === lang);
      return { lang, href: version?.href ?? home(lang), translated: Boolean(version) };
    });
}
