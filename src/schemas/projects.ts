import type { SchemaContext } from 'astro/content/config';
import type { z } from 'zod';
import { checkPartialDate, comparePartialDates, lastDayOf } from '../lib/dates';
import { entryId, flag, list, optionalText, partialDate, strictObject, text, webUrl } from './fields';

/**
 * How the files are read: `image` is a picture beside the file; a translation (`projects/de/<id>.md`) sets its own
 * title, summary, keywords and text, and the rest comes from its original.
 */
export const PROJECT_FILES = {
  images: ['image'],
  translations: { own: ['title', 'summary', 'tags', 'draft'] },
} as const;

/** A project (`src/content/projects/`); `image` is Astro's picture field (resized and converted at build). */
export const projectSchema = ({ image }: SchemaContext) =>
  strictObject({
    /** The project name. */
    title: text('a title'),
    /** One or two sentences for the projects list. */
    summary: text('a summary of one or two sentences'),
    /** When the project began: a year (2022) or a date (2022-04-01). */
    start: partialDate,
    /** When it ended or ends: a year or a date. Absent: ongoing. */
    end: partialDate.optional(),
    /** Who funds it, e.g. BMBF. */
    funder: optionalText,
    /** The project's own website (http or https). */
    url: webUrl.optional(),
    /** A picture in the same folder or below src/, e.g. ./2022_themis.jpg; resized and converted at build. */
    image: image().optional(),
    /** Keywords shown with the project. */
    tags: list(text('a tag'), 'keywords').default([]),
    /** Who works on it: ids of people (file names in src/content/people). */
    people: list(entryId('a person', 'people'), 'people ids').default([]),
    /** `true` keeps the project out of the build. */
    draft: flag.default(false),
  }).superRefine((project, ctx) => {
    if (
      project.end &&
      !checkPartialDate(project.end) &&
      !checkPartialDate(project.start) &&
      comparePartialDates(lastDayOf(project.end), project.start) < 0
    )
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `the end ${project.end} is before the start ${project.start}`,
      });
  });

export type ProjectData = z.output<ReturnType<typeof projectSchema>>;
