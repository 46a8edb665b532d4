import { z } from 'astro/zod';
import { postalAddressShape, strictObject, text, webUrl } from './schema';

/** A real IANA zone with its rules (Europe/Berlin), not a fixed offset (+01:00) that knows no summer time. */
function isTimeZone(value: string): boolean {
  return value === 'UTC' || Intl.supportedValuesOf('timeZone').includes(value);
}

/** A language tag that the platform can format dates in. */
function isLocale(value: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(value).length === 1;
  } catch {
    return false;
  }
}

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
  /** The BCP 47 language tag of the site, e.g. en-GB: sets `<html lang>` and how dates read. */
  locale: z
    .string()
    .refine(isLocale, { error: (issue) => `expected a language tag such as "en-GB", found "${String(issue.input)}"` })
    .default('en-GB'),
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

export type SiteConfig = z.output<typeof siteSchema>;

/** Validates the site config; a bad value throws an error that names the field, what was expected and what was found. */
export function defineSite(config: z.input<typeof siteSchema>): SiteConfig {
  const result = siteSchema.safeParse(config);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  throw new Error(
    `src/site.config.ts has ${problems.length === 1 ? 'a problem' : 'problems'}:\n${problems.join('\n')}`,
  );
}

/** The `<title>` of a page: "Join Us! · Machine Learning Group", or the page title alone when that would be too long for search results. */
export function documentTitle(title: string, site: Pick<SiteConfig, 'name' | 'university'>): string {
  if (title === site.name) return `${site.name} · ${site.university}`;
  const full = `${title} · ${site.name}`;
  return full.length <= 70 ? full : title;
}
