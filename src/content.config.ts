import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { bibtexFiles } from './loaders/bibtex';
import { markdownFiles } from './loaders/markdown';
import { comparePartialDates, lastDayOf } from './lib/dates';
import { LANGUAGES } from './lib/i18n';
import { isDivider } from './lib/navigation';
import { checkOrcid, PERSON_ROLES } from './lib/people';
import { monthNumber } from './lib/publications';
import { EMPLOYMENT_TYPES, POSITION_KINDS } from './lib/positions';
import {
  calendarDate,
  flag,
  list,
  oneOf,
  optionalText,
  partialDate,
  permalink,
  postalAddress,
  strictObject,
  text,
  webUrl,
} from './lib/schema';

/** The layouts a page can ask for with `layout:`. */
export const PAGE_LAYOUTS = ['page', 'home'] as const;

const kind = oneOf(POSITION_KINDS);

/** A menu child: a link to a page (`/join-us/phd/`), an external link (`https://...`), or `title: divider`. */
const navChild = strictObject({
  /** The label in the dropdown; `divider` makes a separator line. */
  title: text('the child title'),
  /** Where the child links to: a site path, or a full web address for an external link. */
  permalink: optionalText,
}).superRefine((child, ctx) => {
  if (isDivider(child)) return;
  if (!child.permalink) {
    ctx.addIssue({ code: 'custom', path: ['permalink'], message: `the child "${child.title}" needs a permalink` });
  } else if (child.permalink.includes('://')) {
    if (!webUrl.safeParse(child.permalink).success)
      ctx.addIssue({
        code: 'custom',
        path: ['permalink'],
        message: `expected an http or https address, found "${child.permalink}"`,
      });
  } else if (!permalink.safeParse(child.permalink).success) {
    ctx.addIssue({
      code: 'custom',
      path: ['permalink'],
      message: `expected a site path such as /join-us/phd/ or a full web address, found "${child.permalink}"`,
    });
  }
});

const pages = defineCollection({
  loader: markdownFiles('./src/content/pages'),
  schema: strictObject({
    /** The page title: the heading, the `<title>` and the menu label. */
    title: text('a title'),
    /** One sentence for search engines and link previews; may be empty. */
    description: optionalText.nullable().transform((value) => value ?? ''),
    /** The URL, e.g. `/join-us/`. Without it the URL follows the file path. */
    permalink: permalink.optional(),
    /** How the page is laid out: `page` (the default) or `home`. */
    layout: oneOf(PAGE_LAYOUTS).default('page'),
    /** `true` keeps the page out of the build, the menu and the sitemap. */
    draft: flag.default(false),
    /** `true` puts the page in the menu. */
    nav: flag.default(false),
    /** The menu position: lower numbers come first; pages without one come last. */
    nav_order: z.number({ error: (issue) => `expected a number, found ${JSON.stringify(issue.input)}` }).optional(),
    /** `true` makes the menu item open a submenu of `children`. */
    dropdown: flag.default(false),
    /** The submenu: `{title, permalink}` entries; `title: divider` is a separator. */
    children: list(navChild, 'menu entries (title and permalink)').optional(),
    /** Show the open positions above the body: `true`, a kind, or a list of kinds. */
    open_positions: z
      .union([z.boolean(), kind, z.array(kind).min(1)], {
        error: (issue) =>
          `expected true, false, a kind or a list of kinds (${POSITION_KINDS.join(', ')}), found ${JSON.stringify(issue.input)}`,
      })
      .optional(),
  }).superRefine((page, ctx) => {
    if (page.dropdown && !page.children?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['children'],
        message: 'a page with dropdown: true needs a list of children',
      });
    if (!page.dropdown && page.children?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['dropdown'],
        message: 'children are shown only in a dropdown: add dropdown: true (or comment out children)',
      });
  }),
});

const positions = defineCollection({
  // A translation (positions/de/<id>.md) sets its own title, note and text; the facts come from the original.
  loader: markdownFiles('./src/content/positions', { translations: { own: ['title', 'note', 'draft'] } }),
  schema: strictObject({
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
    project: reference('projects').optional(),
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
    contact: reference('people').optional(),
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
    if (position.deadline && position.deadline < position.posted)
      ctx.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: `the deadline ${position.deadline} is before the posted date ${position.posted}`,
      });
  }),
});

const projects = defineCollection({
  // A translation (projects/de/<id>.md) sets its own title, summary, keywords and text; the rest comes from the original.
  loader: markdownFiles('./src/content/projects', {
    images: ['image'],
    translations: { own: ['title', 'summary', 'tags', 'draft'] },
  }),
  schema: ({ image }) =>
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
      people: list(reference('people'), 'people ids').default([]),
      /** `true` keeps the project out of the build. */
      draft: flag.default(false),
    }).superRefine((project, ctx) => {
      if (project.end && comparePartialDates(lastDayOf(project.end), project.start) < 0)
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `the end ${project.end} is before the start ${project.start}`,
        });
    }),
});

const people = defineCollection({
  loader: markdownFiles('./src/content/people', { images: ['photo'] }),
  schema: ({ image }) =>
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
      email: z
        .email({ error: (issue) => `expected an e-mail address, found ${JSON.stringify(issue.input)}` })
        .optional(),
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
      if (person.start && person.end && person.end < person.start)
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `the end ${person.end} is before the start ${person.start}`,
        });
    }),
});

const news = defineCollection({
  loader: markdownFiles('./src/content/news'),
  schema: strictObject({
    /** The day of the news (YYYY-MM-DD). */
    date: calendarDate,
    /** A headline; short announcements have none and show their text alone. */
    title: optionalText,
    /** `true` keeps the item out of the build. */
    draft: flag.default(false),
  }),
});

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

const publications = defineCollection({
  loader: bibtexFiles('./src/content/publications'),
  schema: ({ image }) =>
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
            ctx.addIssue({ code: 'custom', message: `expected a month such as jul or 7, found "${value}"` });
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
    }),
});

export const collections = { pages, positions, projects, people, news, publications };
