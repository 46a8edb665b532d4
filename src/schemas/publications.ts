import type { SchemaContext } from 'astro/content/config';
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { monthNumber } from '../lib/publications';
import { describe, oneOf, text, webUrl } from './fields';

/** The BibTeX entry types the publications list formats. */
export const BIBTEX_TYPES = [
  'article',
  'inproceedings',
  'conference',
  'incollection',
  'inbook',
  'book',
  'proceedings',
  'phdthesis',
  'mastersthesis',
  'thesis',
  'techreport',
  'report',
  'manual',
  'misc',
  'online',
  'unpublished',
] as const;

/** `selected = {true}`: BibTeX has no booleans, so the text true or false. */
const bibFlag = z
  .enum(['true', 'false'], { error: (issue) => `expected {true} or {false}, found ${JSON.stringify(issue.input)}` })
  .transform((value) => value === 'true')
  .default(false);

const bibAuthor = z.union([z.object({ given: z.string(), family: z.string() }), z.object({ literal: z.string() })]);

/** A publication: one BibTeX entry of a `.bib` file, as the BibTeX loader hands it over (src/loaders/bibtex.ts). */
export const publicationSchema = ({ image }: SchemaContext) =>
  z.object({
    type: oneOf(BIBTEX_TYPES),
    author: z.array(bibAuthor).min(1, { error: 'expected the authors, e.g. author = {Doe, Jane and Roe, Richard}' }),
    others: z.boolean(),
    title: text('the title'),
    year: z
      .string({ error: 'required: the year of publication, e.g. year = {2024}' })
      .regex(/^\d{4}$/, { error: (issue) => `expected a year such as 2024, found ${JSON.stringify(issue.input)}` })
      .transform(Number),
    month: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        if (value !== undefined && monthNumber(value) === undefined)
          ctx.addIssue({ code: 'custom', message: `expected a month such as jul or 7, found ${describe(value)}` });
      })
      .transform((value) => (value === undefined ? undefined : monthNumber(value))),
    /** Where it appeared, said in each language of the interface. */
    venue: z.partialRecord(oneOf(LANGUAGES), z.string()),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, {
        error: (issue) => `expected a DOI such as 10.1000/xyz123, found ${JSON.stringify(issue.input)}`,
      })
      .optional(),
    arxiv: z
      .string()
      .regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/, {
        error: (issue) => `expected an arXiv id such as 2401.01234, found ${JSON.stringify(issue.input)}`,
      })
      .optional(),
    abbr: z.string().optional(),
    selected: bibFlag,
    bibtex_show: bibFlag,
    pdf: z.union([webUrl, z.string().startsWith('/')]).optional(),
    code: webUrl.optional(),
    html: webUrl.optional(),
    preview: image().optional(),
    abstract: z.string().optional(),
    bibtex: z.string(),
  });

export type PublicationData = z.output<ReturnType<typeof publicationSchema>>;
