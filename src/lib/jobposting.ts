import { toZonedISO, type CalendarDate } from './dates';
import type { EmploymentType } from '../schemas/positions';
import { postalAddressLd, type Address } from './address';

/** What a schema.org JobPosting is made from. */
export interface JobPostingInput {
  id: string;
  title: string;
  /** The description as HTML. */
  descriptionHtml: string;
  posted: CalendarDate;
  /** The end of the deadline day; absent for positions open until filled. */
  closesAt: Date | undefined;
  employment?: readonly EmploymentType[] | undefined;
  /** The place of work; the lab's address unless the position names another. */
  location: Address;
  applyByEmail: boolean;
  /** The absolute URL of the position's page. */
  url: string;
  organization: { name: string; url: string; logo: string };
  timeZone: string;
}

const EMPLOYMENT: Record<EmploymentType, string> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  temporary: 'TEMPORARY',
  intern: 'INTERN',
  other: 'OTHER',
};

/**
 * A schema.org JobPosting for Google for Jobs. `validThrough` is the last second of the deadline day
 * in the site's zone, with that day's offset (`2024-01-31T23:59:59+01:00`).
 */
export function buildJobPosting(input: JobPostingInput): Record<string, unknown> {
  const { location } = input;
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: input.title,
    description: input.descriptionHtml,
    datePosted: input.posted,
    ...(input.closesAt && { validThrough: toZonedISO(new Date(input.closesAt.getTime() - 1000), input.timeZone) }),
    ...(input.employment?.length && {
      employmentType:
        input.employment.length === 1 ? EMPLOYMENT[input.employment[0]!] : input.employment.map((e) => EMPLOYMENT[e]),
    }),
    hiringOrganization: {
      '@type': 'Organization',
      name: input.organization.name,
      sameAs: input.organization.url,
      logo: input.organization.logo,
    },
    jobLocation: {
      '@type': 'Place',
      address: postalAddressLd(location),
    },
    identifier: { '@type': 'PropertyValue', name: input.organization.name, value: input.id },
    directApply: input.applyByEmail,
    url: input.url,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are escaped as JSON
 * unicode escapes, so no text in a description can close the element or open a comment.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
