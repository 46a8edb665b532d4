import type { SchemaContext } from 'astro/content/config';
import type { z } from 'zod';
import { calendarDate, flag, list, optionalText, peopleOrNames, strictObject, text } from './fields';

/**
 * How the files are read: `image` is a picture beside the file; a translation (`posts/de/<file>.md`) sets its own
 * title, description, tags and text, and the rest (date, authors, image) comes from its original.
 */
export const POST_FILES = {
  images: ['image'],
  translations: { own: ['title', 'description', 'tags', 'draft'] },
} as const;

/**
 * A blog post (`src/content/posts/`), markdown or MDX. The file name is the address: `2024-05-02-our-paper.md`
 * (al-folio's date prefix) is published at /blog/our-paper/.
 */
export const postSchema = ({ image }: SchemaContext) =>
  strictObject({
    /** The headline. */
    title: text('a title'),
    /** The day it is published (YYYY-MM-DD). */
    date: calendarDate,
    /** Who wrote it: ids of lab members (erika-mustermann) or guests' names (Ada Guest); one or a list. */
    authors: peopleOrNames('authors').default([]),
    /** Keywords; each has a page listing its posts (/blog/tags/<tag>/). */
    tags: list(text('a tag'), 'tags').default([]),
    /** One or two sentences for the blog list, search engines and the share card. */
    description: optionalText,
    /** A picture in the same folder or below src/, e.g. ./our-paper.jpg; resized and converted at build. */
    image: image().optional(),
    /** `true` keeps the post out of the build. */
    draft: flag.default(false),
  });

export type PostData = z.output<ReturnType<typeof postSchema>>;
