import { z } from 'zod';
import { checkTerm } from '../lib/teaching';
import { describe, flag, oneOf, personIds, strictObject, text, webUrl } from './fields';

/** The levels a course is taught at. */
export const COURSE_LEVELS = ['bachelor', 'master', 'phd'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

/** A course (`src/content/courses/`): what the lab teaches in one semester, its description the body. */
export const courseSchema = strictObject({
  /** The course title as the catalogue has it. */
  title: text('a title'),
  /**
   * The semester: `winter 2024` is the winter semester 2024/25 (October to March), `summer 2025` the summer
   * semester 2025 (April to September).
   */
  term: z
    .string({
      error: (issue) => `expected a term such as "winter 2024" or "summer 2025", found ${describe(issue.input)}`,
    })
    .trim()
    .superRefine((value, ctx) => {
      const problem = checkTerm(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((value) => value.toLowerCase().replace(/\s+/, ' ')),
  /** bachelor, master or phd. */
  level: oneOf(COURSE_LEVELS),
  /** The language it is taught in: a two-letter ISO 639-1 code such as en or de. */
  language: z
    .string({
      error: (issue) => `expected a two-letter language code such as en or de, found ${describe(issue.input)}`,
    })
    .trim()
    .regex(/^[a-z]{2}$/, {
      error: (issue) =>
        `expected a two-letter language code (ISO 639-1) such as en or de, found ${describe(issue.input)}`,
    }),
  /** The credits (ECTS points), e.g. 6. */
  ects: z
    .number({ error: (issue) => `expected a number of ECTS points such as 6, found ${describe(issue.input)}` })
    .positive({ error: 'expected a number of ECTS points above 0' })
    .max(60, { error: (issue) => `expected the ECTS points of one course (at most 60), found ${String(issue.input)}` })
    .optional(),
  /** Who teaches it: ids of people (file names in src/content/people); one or a list. */
  lecturers: personIds('lecturers').default([]),
  /** The course in the university's catalogue (http or https). */
  catalog_url: webUrl.optional(),
  /** `true` keeps the course out of the build. */
  draft: flag.default(false),
});

export type CourseData = z.output<typeof courseSchema>;
