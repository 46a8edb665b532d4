import { z } from 'zod';
import { isLang, LANGUAGES, type Lang } from '../i18n/languages';
import { postalAddressShape, strictObject, text, webUrl } from '../schemas/fields';
import { ContentError } from './model/problems';

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

/** The lab's facts, checked when the site is built. */
export const siteSchema = strictObject({
  /** The lab's name, as the header and the page titles show it. */
  name: text('the lab name'),
  /** The university or institute the lab belongs to. */
  university: text('the university'),
  /** One sentence about the lab: the description of pages that have none. */
  description: text('the site description'),
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
    /** The institute or department, as the first line of the address. */
    department: z.string().trim().optional(),
    ...postalAddressShape,
  }),
  /** The lab's logo, a square image in public/ (at least 112 px), for search engines' job listings. */
  logo: z.string().startsWith('/', { error: 'expected a path in public/, such as /logo.png' }).default('/logo.png'),
  /** Links to the lab elsewhere (GitHub, Mastodon, ...). */
  social: z.array(strictObject({ label: text('the link label'), url: webUrl })).default([]),
});

export type SiteConfig = Omit<z.output<typeof siteSchema>, 'languages' | 'defaultLanguage'> & {
  languages: Lang[];
  defaultLanguage: Lang;
};

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
    })
    .safeParse(config);
  if (result.success) {
    const languages = result.data.languages as Lang[];
    return { ...result.data, languages, defaultLanguage: (result.data.defaultLanguage as Lang) ?? languages[0]! };
  }
  const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  throw new ContentError([
    `src/site.config.ts has ${problems.length === 1 ? 'a problem' : 'problems'}:\n${problems.join('\n')}`,
  ]);
}

/** The `<title>` of a page: "Join Us! · Machine Learning Group", or the page title alone when that would be too long for search results. */
export function documentTitle(title: string, site: Pick<SiteConfig, 'name' | 'university'>): string {
  if (title === site.name) return `${site.name} · ${site.university}`;
  const full = `${title} · ${site.name}`;
  return full.length <= 70 ? full : title;
}
