import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { checkCalendarDate } from '../lib/dates';
import { calendarDate, entryId, flag, oneOf, optionalText, postalAddress, strictObject, text, webUrl } from './fields';

/** The kinds of position a lab advertises. */
export const POSITION_KINDS = ['phd', 'postdoc', 'student_assistant', 'thesis', 'staff'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

/** Contract types, as schema.org's JobPosting `employmentType` knows them. */
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'temporary', 'intern', 'other'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** How the files are read: a translation (`positions/de/<id>.md`) sets its own title, note and text; the facts come from its original. */
export const POSITION_FILES = { translations: { own: ['title', 'note', 'draft'] } } as const;

const kind = oneOf(POSITION_KINDS);

/** A position (`src/content/positions/`): a job posting with its deadline and the ways to apply. */
export const positionSchema = strictObject({
  /** The job title as applicants search for it. */
  title: text('a title'),
  /** One kind or a list: phd, postdoc, student_assistant, thesis, staff. */
  kind: z
    .union([kind, z.array(kind).min(1)], {
      error: (issue) =>
        `expected one of ${POSITION_KINDS.join(', ')} (or a list of them), found ${JSON.stringify(issue.input)}`,
    })
    .transform((value) => (Array.isArray(value) ? value : [value])),
  /** The day the position was published (YYYY-MM-DD). */
  posted: calendarDate,
  /** The last day to apply (YYYY-MM-DD); the position closes at the end of that day in the site's zone. Absent: open until filled. */
  deadline: calendarDate.optional(),
  /** The posting on the job portal (http or https). */
  apply_url: webUrl.optional(),
  /** The address to apply to by e-mail. */
  apply_email: z
    .email({ error: (issue) => `expected an e-mail address, found ${JSON.stringify(issue.input)}` })
    .optional(),
  /** The id of the project that funds the position (a file name in src/content/projects). */
  project: entryId('a project', 'projects').optional(),
  /** A short remark shown with the position, e.g. "requires some German skills". */
  note: optionalText,
  /** `true` closes the position whatever its deadline. */
  filled: flag.default(false),
  /** The kind of contract, one or a list: full_time, part_time, temporary, intern, other (for job search engines). */
  employment: z
    .union([oneOf(EMPLOYMENT_TYPES), z.array(oneOf(EMPLOYMENT_TYPES)).min(1)], {
      error: (issue) =>
        `expected one of ${EMPLOYMENT_TYPES.join(', ')} (or a list of them), found ${JSON.stringify(issue.input)}`,
    })
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional(),
  /** Where the work happens, when not at the lab's address: street, postcode, city, region, country (DE). */
  location: postalAddress.optional(),
  /** The id of the person to ask about the position (a file name in src/content/people). */
  contact: entryId('a person', 'people').optional(),
  /** The language the posting is written in (en, de); the site's first language by default. */
  lang: oneOf(LANGUAGES).optional(),
  /** `true` keeps the position out of the build. */
  draft: flag.default(false),
}).superRefine((position, ctx) => {
  if (!position.apply_url && !position.apply_email)
    ctx.addIssue({
      code: 'custom',
      path: ['apply_url'],
      message: 'a position needs apply_url or apply_email (or both), so that people can apply',
    });
  // Compared only when both are dates (a wrong one is reported on its own).
  if (
    position.deadline &&
    !checkCalendarDate(position.deadline) &&
    !checkCalendarDate(position.posted) &&
    position.deadline < position.posted
  )
    ctx.addIssue({
      code: 'custom',
      path: ['deadline'],
      message: `the deadline ${position.deadline} is before the posted date ${position.posted}`,
    });
});

export type PositionData = z.output<typeof positionSchema>;
