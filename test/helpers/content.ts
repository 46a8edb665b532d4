// The content of a lab, checked without a build: the loaders' own steps (front matter, translations, pictures,
// BibTeX), the schemas and the site model, on files held in memory. What Astro itself does (its front-matter
// parser, its file ids, the config it loads) needs a build; test/errors.test.ts builds a few of each kind.
import { existsSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import type { SchemaContext } from 'astro/content/config';
import { z } from 'zod';
import { isLang } from '../../src/i18n/languages';
import { resolveNow } from '../../src/lib/dates';
import { assembleSite, type SiteModel } from '../../src/lib/model/assemble';
import { formatProblem } from '../../src/lib/model/problems';
import type { Collections, Entry } from '../../src/lib/model/views';
import { defineSite } from '../../src/lib/site';
import { readBibliographies } from '../../src/loaders/bibtex';
import { restateLoadError } from '../../src/loaders/markdown';
import { byCollection } from '../../src/loaders/together';
import { parseFrontmatter as astroFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import {
  formatIssues,
  fileProblem,
  mergeTranslation,
  parseFrontmatter,
  pictureProblem,
} from '../../src/loaders/frontmatter';
import { courseSchema } from '../../src/schemas/courses';
import { eventSchema } from '../../src/schemas/events';
import { newsSchema } from '../../src/schemas/news';
import { pageSchema } from '../../src/schemas/pages';
import { PERSON_FILES, personSchema } from '../../src/schemas/people';
import { POSITION_FILES, positionSchema } from '../../src/schemas/positions';
import { POST_FILES, postSchema } from '../../src/schemas/posts';
import { PROJECT_FILES, projectSchema } from '../../src/schemas/projects';
import { publicationSchema } from '../../src/schemas/publications';
import { site as labSite } from '../../src/site.config';
import { root } from './build';

/** A small valid lab: each case of test/errors.test.ts makes one mistake an editor could make in it. */
export const VALID_LAB: Record<string, string> = {
  'pages/index.md': '---\ntitle: Home\nlayout: home\n---\nHello.\n',
  'pages/join-us.md':
    '---\ntitle: Join us\npermalink: /join-us/\nnav: true\nnav_order: 99\nopen_positions: true\n---\nJoin.\n',
  'projects/2022_themis.md': '---\ntitle: THEMIS\nsummary: A project.\nstart: 2022\n---\nBody.\n',
  'positions/phd.md':
    '---\ntitle: PhD\nkind: phd\nposted: 2024-01-01\ndeadline: 2024-01-31\napply_url: https://jobs.example.org/1\nproject: 2022_themis\n---\nBody.\n',
  'people/jane-doe.md': '---\nname: Jane Doe\nrole: pi\nstart: 2020-01-01\n---\nBio.\n',
  'publications/papers.bib':
    '@article{doe2024,\n  title = {A Paper},\n  author = {Doe, Jane},\n  journal = {J},\n  year = {2024},\n}\n',
};

/** The imprint and privacy pages that src/site.config.ts names (a build of fixture content adds them as well). */
export const LEGAL_PAGES: Record<string, string> = {
  'pages/imprint.md': '---\ntitle: Imprint\npermalink: /imprint/\n---\n',
  'pages/privacy.md': '---\ntitle: Privacy\npermalink: /privacy/\n---\n',
};

/** Astro's `image()` as its content layer has it before pictures are resolved: the path, as text. */
const image = (() => z.string()) as unknown as SchemaContext['image'];

/** Each markdown collection: its schema and how its files are read (as src/content.config.ts has them). */
const MARKDOWN: Record<
  string,
  { schema: z.ZodType; images?: readonly string[]; translations?: { own: readonly string[] } }
> = {
  pages: { schema: pageSchema },
  positions: { schema: positionSchema, ...POSITION_FILES },
  projects: { schema: projectSchema({ image }), ...PROJECT_FILES },
  people: { schema: personSchema({ image }), ...PERSON_FILES },
  news: { schema: newsSchema },
  events: { schema: eventSchema },
  posts: { schema: postSchema({ image }), ...POST_FILES },
  courses: { schema: courseSchema },
};

/** The problems of one content folder, as a build reports them (see `contentProblems`). */
class Problems extends Error {}

export interface ContentCheck {
  /** Files by path below src/content: `{ 'pages/about.md': '---\ntitle: About\n---' }`. */
  content: Record<string, string>;
  /** Changed site-config fields, written as in src/site.config.ts: `{ timeZone: "'Europe/Rostock'" }`. */
  site?: Record<string, string> | undefined;
  /** `SITE_NOW`, as the build reads it. */
  env?: Record<string, string> | undefined;
}

/**
 * The content read and assembled as a build does it: the site model, or the message the build would stop with
 * (every problem, one per line or block).
 */
export async function checkContent({ content, site: changes, env }: ContentCheck): Promise<SiteModel | string> {
  try {
    const site = changes
      ? defineSite({
          ...labSite,
          ...Object.fromEntries(
            Object.entries(changes).map(([field, value]) => [field, new Function(`return (${value});`)()]),
          ),
        })
      : labSite;
    const now = resolveNow(env?.SITE_NOW, new Date('2024-01-15T12:00:00+01:00'), site.timeZone);
    const model = assembleSite(await readCollections(content), { site, now });
    return model.problems.length ? model.problems.map(formatProblem).join('\n') : model;
  } catch (error) {
    if (error instanceof Error) return error.message;
    throw error;
  }
}

/** The entries of each collection as the loaders and schemas make them, or the message a build would stop with. */
export async function readContent(content: Record<string, string>): Promise<Collections | string> {
  try {
    return await readCollections(content);
  } catch (error) {
    if (error instanceof Error) return error.message;
    throw error;
  }
}

/**
 * A YAML mistake as a build reports it: Astro's own front-matter reading fails with the parser's reason and its line
 * (counted from 0 after the first `---`), and the loader restates it (`restateLoadError`).
 */
function astroYamlProblem(path: string, source: string): string | undefined {
  try {
    astroFrontmatter(source);
    return undefined;
  } catch (error) {
    // Astro's error: the YAML parser's reason and line, or the TOML parser's message.
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    const astroError = Object.assign(new Error(reason ?? (error as Error).message), {
      loc: { file: join(root, 'src/content', path), line: mark?.line },
    });
    const restated = restateLoadError(astroError, () => source);
    return restated instanceof Error ? restated.message : String(restated);
  }
}

/** The message a build would stop with, or '' when the content builds. */
export async function contentProblems(check: ContentCheck): Promise<string> {
  const result = await checkContent(check);
  return typeof result === 'string' ? result : '';
}

/** Reads the files as the loaders do; problems stop it, every collection's at once, as they stop a build. */
async function readCollections(content: Record<string, string>): Promise<Collections> {
  const where = (path: string) => `src/content/${path}`;
  /** Where a picture named in a file would be, relative to the project, unless the content has it. */
  const missing = (path: string) => async (picture: string) => {
    const found = posix.normalize(posix.join(posix.dirname(path), picture));
    return found in content ? undefined : relative(root, resolve(root, 'src/content', found));
  };
  const collections: Record<string, Entry<unknown>[]> = {};
  /** Each collection's problems, by its name (said as the loaders say them, `byCollection`). */
  const found = new Map<string, string[]>();
  for (const [name, { schema, images = [], translations }] of Object.entries(MARKDOWN)) {
    const problems: string[] = [];
    const entries: Entry<unknown>[] = [];
    for (const [path, source] of Object.entries(content).toSorted(([a], [b]) => a.localeCompare(b))) {
      if (!path.startsWith(`${name}/`) || !/\.mdx?$/.test(path)) continue;
      const id = path.slice(name.length + 1).replace(/\.mdx?$/, '');
      // Astro reads the front matter first (its YAML mistakes are restated by the loader), then the loader's steps.
      const yamlProblem = astroYamlProblem(path, source);
      if (yamlProblem) {
        problems.push(yamlProblem);
        continue;
      }
      const start = fileProblem(source);
      if (start) {
        problems.push(`${where(path)}: ${start}`);
        continue;
      }
      let data = parseFrontmatter(source, where(path));
      const folder = id.includes('/') ? id.slice(0, id.indexOf('/')) : '';
      if (translations && isLang(folder)) {
        const originalPath = ['.md', '.mdx']
          .map((ext) => posix.join(name, `${posix.basename(id)}${ext}`))
          .find((candidate) => candidate in content);
        const merged = mergeTranslation(
          {
            file: where(path),
            data,
            lang: folder,
            expected: where(posix.join(name, `${posix.basename(id)}.md`)),
            original: originalPath
              ? { file: where(originalPath), data: parseFrontmatter(content[originalPath]!, where(originalPath)) }
              : undefined,
          },
          { own: translations.own, images },
        );
        if ('problem' in merged) {
          problems.push(merged.problem);
          continue;
        }
        data = merged.data;
      }
      const picture = await firstPictureProblem(where(path), data, images, missing(path));
      if (picture) {
        problems.push(picture);
        continue;
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) problems.push(...formatIssues(where(path), parsed.error.issues));
      else entries.push({ id, filePath: where(path), data: parsed.data, rendered: { html: '' }, body: source });
    }
    if (problems.length) found.set(name, problems);
    collections[name] = entries;
  }
  const bibliographies = Object.entries(content)
    .filter(([path]) => path.startsWith('publications/') && path.endsWith('.bib'))
    .map(([path, source]) => ({ filePath: join(root, 'src/content', path), name: where(path), source }));
  const schema = publicationSchema({ image });
  const { entries, problems } = await readBibliographies(bibliographies, {
    inPublic: (path) => existsSync(join(root, 'public', path)),
    checkPictures: async (filePath, data, at) => {
      const path = relative(join(root, 'src/content'), filePath);
      const problem = await firstPictureProblem(at, data, ['preview'], missing(path));
      if (problem) throw new Problems(problem);
    },
    validate: async (_id, data) => {
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw parsed.error;
      return parsed.data;
    },
    say: (error, at) =>
      error instanceof z.ZodError
        ? formatIssues(at, error.issues).join('\n')
        : error instanceof Error
          ? error.message
          : String(error),
  });
  if (problems.length) found.set('publications', problems);
  if (found.size) throw new Problems(byCollection(found).join('\n'));
  return { ...collections, publications: entries.map(({ id, data }) => ({ id, data })) } as unknown as Collections;
}

async function firstPictureProblem(
  at: string,
  data: Record<string, unknown>,
  fields: readonly string[],
  missing: (path: string) => Promise<string | undefined>,
): Promise<string | undefined> {
  for (const field of fields) {
    const problem = await pictureProblem(at, field, data[field], missing);
    if (problem) return problem;
  }
  return undefined;
}
