import { z } from 'zod';
import { isLang, LANGUAGES, type Lang } from '../i18n/languages.ts';
import { postalAddressShape, strictObject, text, webUrl } from '../schemas/fields.ts';
import { ContentError } from './model/problems.ts';

/** A real IANA zone with its rules (Europe/Berlin), not a fixed offset (+01:00) that knows no summer time. */
function isTimeZone(value: string): boolean {
  return value === 'UTC' || Intl.supportedValuesOf('timeZone').includes(value);
}

const language = z.string().refine(isLang, {
  error: (issue) => `expected one of ${LANGUAGES.join(', ')}, found ${JSON.stringify(issue.input)}`,
});

/** A legal page: a page of this site (its permalink, e.g. /imprint/) or the university's page (https://...). */
const legalPage = z.union([z.string().regex(/^\/([\w.-]+\/)*$/), webUrl], {
  error: (issue) =>
    `expected the permalink of a page, such as /imprint/, or a full https:// address, found ${JSON.stringify(issue.input)}`,
});

/**
 * Words a visitor reads, once for all languages (`'Machine Learning Group'`) or per language (`{ en: 'Machine
 * Learning Group', de: 'Arbeitsgruppe Maschinelles Lernen' }`). A language without its own falls back to the
 * site's first language (see `factsIn`).
 */
function localized(what: string) {
  const value = text(what);
  return z.union([value, z.record(z.string(), value)], {
    error: (issue) =>
      `expected ${what} as text, or as text per language ({ en: ..., de: ... }), found ${JSON.stringify(issue.input)}`,
  });
}

/** A value given once, or per language. */
export type Localized<T> = T | Partial<Record<Lang, T>>;

/** The lab's facts, checked when the site is built. */
export const siteSchema = strictObject({
  /** The lab's name, as the header and the page titles show it; per language, or once for all. */
  name: localized('the lab name'),
  /**
   * A short form of the name (e.g. "ML Group"), which the header shows: beside the menu, a long name takes three or
   * four lines. Per language, or once for all. Without it, the header shows the full name.
   */
  short_name: localized('the short name').optional(),
  /** The university or institute the lab belongs to; per language, or once for all. */
  university: localized('the university'),
  /** One sentence about the lab: the description of pages that have none; per language, or once for all. */
  description: localized('the site description'),
  /** The address the site is served from, e.g. https://ml.example.org (no path: a folder goes in `base`). */
  url: webUrl.refine((value) => new URL(value).pathname === '/', {
    error: (issue) =>
      `expected an address without a path, such as https://ml.example.org, found "${String(issue.input)}"; put the folder in base`,
  }),
  /** The folder the site lives in below `url`: `/` or e.g. `/lab/` on GitHub project pages. */
  base: z
    .string()
    .regex(/^\/([\w.-]+\/)*$/, { error: 'expected "/" or a folder such as "/lab/", starting and ending with "/"' })
    .default('/'),
  /** The IANA time zone in which dates are calendar dates and deadlines end, e.g. Europe/Berlin. */
  timeZone: z
    .string()
    .refine(isTimeZone, {
      error: (issue) => `expected an IANA time zone such as "Europe/Berlin", found "${String(issue.input)}"`,
    })
    .default('Europe/Berlin'),
  /**
   * The site's languages (en, de). The top-level content files are written in the first; a translation sits in a
   * folder named after its language (src/content/pages/de/join-us.md). Leave a language out to switch it off.
   */
  languages: z
    .array(language, { error: 'expected a list of languages such as [en, de]' })
    .min(1, { error: 'expected at least one language, such as [en]' })
    .refine((list) => new Set(list).size === list.length, { error: 'expected each language once' })
    .default(['en']),
  /** The language whose pages have unprefixed URLs (/join-us/); the others live under /de/, /en/. The first by default. */
  defaultLanguage: language.optional(),
  /**
   * The imprint (Impressum) and privacy notice (Datenschutzerklärung) that the footer links to on every page: the
   * permalink of a page of the site (its translations are found on their own) or the address of the university's page.
   */
  legal: strictObject({ imprint: legalPage.optional(), privacy: legalPage.optional() }).default({}),
  /** Where people write to the lab. */
  email: z.email({ error: (issue) => `expected an e-mail address, found "${String(issue.input)}"` }),
  /** The lab's postal address: the footer shows it, and job postings name it as the place of work. */
  address: strictObject({
    /** The institute or department, as the first line of the address; per language, or once for all. */
    department: localized('the department').optional(),
    ...postalAddressShape,
  }),
  /**
   * The GitHub repository the site is built from, as owner/name: the editor at /admin/ saves there. The deploy
   * workflow builds with the repository it runs in.
   */
  repository: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, {
      error: (issue) =>
        `expected a GitHub repository as owner/name, such as "uni-rostock/ml-site", found "${String(issue.input)}"`,
    })
    .optional(),
  /** The branch the editor saves to and the site is deployed from. */
  branch: text('the branch').default('main'),
  /** The lab's logo, a square image in public/ (at least 112 px), for search engines' job listings. */
  logo: z.string().startsWith('/', { error: 'expected a path in public/, such as /logo.png' }).default('/logo.png'),
  /** Links to the lab elsewhere (GitHub, Mastodon, ...); a label per language, or once for all. */
  social: z.array(strictObject({ label: localized('the link label'), url: webUrl })).default([]),
});

type Parsed = z.output<typeof siteSchema>;

export type SiteConfig = Omit<
  Parsed,
  'languages' | 'defaultLanguage' | 'name' | 'short_name' | 'university' | 'description' | 'address' | 'social'
> & {
  languages: Lang[];
  defaultLanguage: Lang;
  name: Localized<string>;
  short_name?: Localized<string> | undefined;
  university: Localized<string>;
  description: Localized<string>;
  address: Omit<Parsed['address'], 'department'> & { department?: Localized<string> | undefined };
  social: { label: Localized<string>; url: string }[];
};

/** The values that may be given per language, by their path in the config. */
function localizedValues(site: Parsed): [string, string | Record<string, string> | undefined][] {
  return [
    ['name', site.name],
    ['short_name', site.short_name],
    ['university', site.university],
    ['description', site.description],
    ['address.department', site.address.department],
    ...site.social.map((link, i): [string, string | Record<string, string>] => [`social.${i}.label`, link.label]),
  ];
}

/**
 * Per-language values name only languages the site can speak (a value in a language that is switched off is left
 * unused, as that language's content folders are), and always the first language, which the others fall back to.
 */
function checkLanguages(site: Parsed, ctx: z.RefinementCtx) {
  const first = site.languages[0]!;
  for (const [field, value] of localizedValues(site)) {
    if (value === undefined || typeof value === 'string') continue;
    const path = field.split('.');
    for (const key of Object.keys(value).filter((key) => !isLang(key))) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, key],
        message: `expected one of the languages the site is written for (${LANGUAGES.join(', ')}), found "${key}"`,
      });
    }
    if (!(first in value)) {
      const found = Object.keys(value).map((key) => `"${key}"`);
      ctx.addIssue({
        code: 'custom',
        path,
        message: `expected a value in "${first}", the site's first language (the others fall back to it), found only ${found.join(', ') || 'none'}`,
      });
    }
  }
}

/** Validates the site config; a bad value throws an error that names the field, what was expected and what was found. */
export function defineSite(config: z.input<typeof siteSchema>): SiteConfig {
  const result = siteSchema
    .superRefine((site, ctx) => {
      if (site.defaultLanguage && !site.languages.includes(site.defaultLanguage))
        ctx.addIssue({
          code: 'custom',
          path: ['defaultLanguage'],
          message: `expected one of the site's languages (${site.languages.join(', ')}), found "${site.defaultLanguage}"`,
        });
      checkLanguages(site, ctx);
    })
    .safeParse(config);
  if (result.success) {
    const languages = result.data.languages as Lang[];
    return {
      ...(result.data as Omit<SiteConfig, 'languages' | 'defaultLanguage'>),
      languages,
      defaultLanguage: (result.data.defaultLanguage as Lang) ?? languages[0]!,
    };
  }
  const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  throw new ContentError([
    `src/site.config.ts has ${problems.length === 1 ? 'a problem' : 'problems'}:\n${problems.join('\n')}`,
  ]);
}

/** A fact as a page in some language shows it: the words, and the language they are in. */
export interface Fact {
  text: string;
  lang: Lang;
}

/** The lab's words in one language, each in that language or, where the config has none, in the first. */
export interface SiteFacts {
  name: Fact;
  /** The short name, or the name where there is none. */
  shortName: Fact;
  university: Fact;
  description: Fact;
  department?: Fact | undefined;
  /** The links to the lab elsewhere, each labelled in the language (or the first). */
  social: { label: Fact; url: string }[];
}

/** A value in `lang`, or in the site's first language where it has none in `lang`. */
export function inLanguage(value: Localized<string>, lang: Lang, first: Lang): Fact {
  if (typeof value === 'string') return { text: value, lang };
  const own = value[lang];
  return own === undefined ? { text: value[first]!, lang: first } : { text: own, lang };
}

/** The lab's facts as pages in `lang` show them. */
export function factsIn(site: SiteConfig, lang: Lang): SiteFacts {
  const first = site.languages[0]!;
  const name = inLanguage(site.name, lang, first);
  return {
    name,
    shortName: site.short_name === undefined ? name : inLanguage(site.short_name, lang, first),
    university: inLanguage(site.university, lang, first),
    description: inLanguage(site.description, lang, first),
    department: site.address.department === undefined ? undefined : inLanguage(site.address.department, lang, first),
    social: site.social.map((link) => ({ label: inLanguage(link.label, lang, first), url: link.url })),
  };
}

/** The `lang` attribute a fact needs on a page in `lang`: its own language where that is another (a fallback). */
export function langMark(fact: Fact, lang: Lang): Lang | undefined {
  return fact.lang === lang ? undefined : fact.lang;
}

/** The lab and its university in one line, as feeds, job postings and descriptions name them. */
export function labLine(facts: Pick<SiteFacts, 'name' | 'university'>): string {
  return `${facts.name.text}, ${facts.university.text}`;
}

/** The `<title>` of a page: "Join Us! · Machine Learning Group", or the page title alone when that would be too long for search results. */
export function documentTitle(title: string, facts: Pick<SiteFacts, 'name' | 'university'>): string {
  const name = facts.name.text;
  if (title === name) return `${name} · ${facts.university.text}`;
  const full = `${title} · ${name}`;
  return full.length <= 70 ? full : title;
}
