import type { SchemaContext } from 'astro/content/config';
import { z } from 'zod';
import { checkCalendarDate } from '../lib/dates';
import { calendarDate, describe, flag, list, oneOf, optionalText, strictObject, text, webUrl } from './fields';

/** The roles in a lab, in the order the people page lists them (the PI first). */
export const PERSON_ROLES = ['pi', 'postdoc', 'phd', 'student', 'staff', 'visitor'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

const ORCID = /^(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$/;

/**
 * Checks an ORCID iD (`0000-0002-1825-0097`): the form, and the ISO 7064 MOD 11-2 check digit that ends
 * it. Returns what is wrong, or undefined.
 */
export function checkOrcid(value: string): string | undefined {
  const match = ORCID.exec(value);
  if (!match)
    return `expected an ORCID iD written as 0000-0000-0000-0000 (the last character may be X), found ${describe(value)}`;
  const digits = match.slice(1).join('');
  let total = 0;
  for (const digit of digits.slice(0, -1)) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  const expected = result === 10 ? 'X' : String(result);
  if (digits.at(-1) !== expected) {
    return `${describe(value)} is not a valid ORCID iD: its check digit should be ${expected}; copy the iD from orcid.org`;
  }
  return undefined;
}

/** How the files are read: `photo` is a picture beside the file. */
export const PERSON_FILES = { images: ['photo'] } as const;

/** A member of the lab, current or former (`src/content/people/`). */
export const personSchema = ({ image }: SchemaContext) =>
  strictObject({
    /** The name as the site shows it, e.g. Jane Doe. */
    name: text('the name'),
    /** pi, postdoc, phd, student, staff or visitor: the people page groups by it, in that order. */
    role: oneOf(PERSON_ROLES),
    /** The first day in the lab (YYYY-MM-DD). */
    start: calendarDate.optional(),
    /** The last day in the lab (YYYY-MM-DD); from the day after, the person is listed among the alumni. */
    end: calendarDate.optional(),
    /** A portrait in the same folder, e.g. ./jane-doe.jpg; resized and converted at build. */
    photo: image().optional(),
    /** The work e-mail address. */
    email: z.email({ error: (issue) => `expected an e-mail address, found ${JSON.stringify(issue.input)}` }).optional(),
    /** A personal website (http or https). */
    website: webUrl.optional(),
    /** The Google Scholar profile (http or https). */
    scholar: webUrl.optional(),
    /** The GitHub profile (http or https). */
    github: webUrl.optional(),
    /** The ORCID iD, e.g. 0000-0002-1825-0097 (the check digit is verified). */
    orcid: z
      .string({
        error: (issue) => `expected an ORCID iD such as 0000-0002-1825-0097, found ${JSON.stringify(issue.input)}`,
      })
      .trim()
      .superRefine((value, ctx) => {
        const problem = checkOrcid(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    /** Other spellings of the name as they appear in BibTeX author lists, e.g. "Doe, J.". */
    aliases: list(text('a name'), 'names').default([]),
    /** For alumni: where they are now, e.g. "Postdoc at ETH Zürich". */
    now_at: optionalText,
    /** `true` keeps the person out of the build. */
    draft: flag.default(false),
  }).superRefine((person, ctx) => {
    // Compared only when both are dates (a wrong one is reported on its own).
    if (
      person.start &&
      person.end &&
      !checkCalendarDate(person.start) &&
      !checkCalendarDate(person.end) &&
      person.end < person.start
    )
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `the end ${person.end} is before the start ${person.start}`,
      });
  });

export type PersonData = z.output<ReturnType<typeof personSchema>>;
