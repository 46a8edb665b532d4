// A small lab as plain data, for the core's unit tests: front matter by file, parsed by the real schemas.
import type { SchemaContext } from 'astro/content/config';
import { z } from 'zod';
import { assembleSite, type SiteModel } from '../../../src/lib/model/assemble';
import type { Collections } from '../../../src/lib/model/views';
import { defineSite, type SiteConfig } from '../../../src/lib/site';
import { courseSchema } from '../../../src/schemas/courses';
import { eventSchema } from '../../../src/schemas/events';
import { newsSchema } from '../../../src/schemas/news';
import { pageSchema } from '../../../src/schemas/pages';
import { personSchema } from '../../../src/schemas/people';
import { positionSchema } from '../../../src/schemas/positions';
import { postSchema } from '../../../src/schemas/posts';
import { projectSchema } from '../../../src/schemas/projects';
import { publicationSchema } from '../../../src/schemas/publications';

const image = (() => z.string()) as unknown as SchemaContext['image'];
const SCHEMAS: Record<string, z.ZodType> = {
  pages: pageSchema,
  positions: positionSchema,
  projects: projectSchema({ image }),
  people: personSchema({ image }),
  news: newsSchema,
  publications: publicationSchema({ image }),
  events: eventSchema,
  posts: postSchema({ image }),
  courses: courseSchema,
};

/** A site config for the tests: English and German, the legal pages at /imprint/ and /privacy/. */
export function siteWith(changes: Partial<Parameters<typeof defineSite>[0]> = {}): SiteConfig {
  return defineSite({
    name: 'Machine Learning Group',
    university: 'University of Rostock',
    description: 'A machine-learning group.',
    url: 'https://ml.example.org',
    timeZone: 'Europe/Berlin',
    languages: ['en', 'de'],
    email: 'ml@example.org',
    address: { street: 'Albert-Einstein-Straße 22', postcode: '18059', city: 'Rostock', country: 'DE' },
    legal: { imprint: '/imprint/', privacy: '/privacy/' },
    ...changes,
  });
}

/**
 * Collections from front matter by path below src/content (`'pages/de/join-us': { title: … }`; `.md` unless the path
 * ends in `.mdx`), each parsed by its
 * collection's schema as the loaders hand it over; a position's body is `<p>` + its title.
 */
export function collections(files: Record<string, Record<string, unknown>>): Collections {
  const all: Record<string, unknown[]> = Object.fromEntries(Object.keys(SCHEMAS).map((name) => [name, []]));
  for (const [path, frontMatter] of Object.entries(files)) {
    const name = path.slice(0, path.indexOf('/'));
    const extension = /\.(md|mdx)$/.exec(path)?.[0];
    const id = path.slice(name.length + 1).replace(/\.(md|mdx)$/, '');
    const data = SCHEMAS[name]!.parse(frontMatter);
    all[name]!.push({
      id,
      filePath: `src/content/${extension ? path : `${path}.${name === 'publications' ? 'bib' : 'md'}`}`,
      data,
      rendered: { html: `<p>${String(frontMatter.title ?? id)}</p>` },
    });
  }
  return all as unknown as Collections;
}

/** The legal pages every site has (src/site.config.ts names them). */
export const LEGAL = {
  'pages/imprint': { title: 'Imprint', permalink: '/imprint/' },
  'pages/privacy': { title: 'Privacy', permalink: '/privacy/' },
};

/** The site assembled from front matter at a moment (`2024-01-15T12:00` in Berlin unless said). */
export function assemble(
  files: Record<string, Record<string, unknown>>,
  { site = siteWith(), now = new Date('2024-01-15T12:00:00+01:00') }: { site?: SiteConfig; now?: Date } = {},
): SiteModel {
  return assembleSite(collections({ ...LEGAL, ...files }), { site, now });
}

/** Problems as the build prints them. */
export const messages = (model: SiteModel) =>
  model.problems.map((problem) => [problem.file, problem.field, problem.message].filter(Boolean).join(': '));
