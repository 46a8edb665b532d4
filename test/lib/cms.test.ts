import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

// src/content.config.ts as the editor's configuration reads it (astro:content's defineCollection only hands it back).
vi.mock('astro:content', () => ({ defineCollection: (collection: unknown) => collection }));
const { collections } = await import('../../src/content.config');
const { cmsConfig } = await import('../../src/lib/cms/config');
const { shapeDocs } = await import('../../src/lib/cms/docs');
const { labelOf } = await import('../../src/lib/cms/fields');
const { markdownFiles } = await import('../../src/loaders/markdown');
const { calendarDate, entryId, flag, oneOf, strictObject, text } = await import('../../src/schemas/fields');
const { POSITION_KINDS, EMPLOYMENT_TYPES } = await import('../../src/schemas/positions');
const { PERSON_ROLES } = await import('../../src/schemas/people');
const { EVENT_KINDS } = await import('../../src/schemas/events');

const schemas = join(import.meta.dirname, '../../src/schemas');
const docs = readdirSync(schemas).flatMap((file) => shapeDocs(readFileSync(join(schemas, file), 'utf8'), file));
const site = {
  name: 'Machine Learning Group',
  url: 'https://ml.example.org',
  base: '/lab/',
  languages: ['en', 'de'] as ('en' | 'de')[],
  timeZone: 'Europe/Berlin',
  logo: '/logo.png',
  repository: 'uni-rostock-ml/website',
  branch: 'main',
};
type Field = { name: string; widget: string; required: unknown; hint?: string; fields?: Field[] } & Record<
  string,
  unknown
>;
type Collection = { name: string; folder: string; fields: Field[] } & Record<string, unknown>;
const config = cmsConfig(collections, { site, docs }) as { collections: Collection[] } & Record<string, unknown>;
const collection = (name: string) => config.collections.find((entry) => entry.name === name)!;
const field = (name: string, key: string) => collection(name).fields.find((entry) => entry.name === key)!;
/** A schema's keys, through the wrappers around the object. */
const keysOf = (schema: unknown): string[] => {
  const called = typeof schema === 'function' ? schema({ image: () => z.string() }) : schema;
  const def = (called as { _zod: { def: { type: string; shape?: object; in?: unknown; out?: unknown } } })._zod.def;
  if (def.type === 'object') return Object.keys(def.shape!);
  return keysOf((def.in as { _zod: { def: { type: string } } })._zod.def.type === 'transform' ? def.out : def.in);
};

describe('the editor configuration, made from the content schemas', () => {
  it('has every markdown collection, in the folder the site reads it from', () => {
    expect(config.collections.map(({ name, folder }) => [name, folder])).toEqual(
      ['pages', 'positions', 'projects', 'people', 'news', 'events', 'posts', 'courses'].map((name) => [
        name,
        `src/content/${name}`,
      ]),
    );
  });

  it.each(config.collections.map(({ name }) => name))(
    '%s: every field of the schema, documented with its JSDoc, and the text',
    (name) => {
      const fields = collection(name).fields;
      expect(fields.map((entry) => entry.name)).toEqual([...keysOf(collections[name as 'pages'].schema), 'body']);
      for (const entry of fields) expect(entry.hint, `${name}.${entry.name}`).toMatch(/\w/);
      expect(fields.at(-1)).toMatchObject({ widget: 'markdown', required: false });
    },
  );

  it.each([
    // A text, required or not; an address as a URL or e-mail field.
    ['positions', 'title', { widget: 'string', required: ['en'] }],
    ['positions', 'apply_url', { widget: 'string', type: 'url', required: false }],
    ['positions', 'apply_email', { widget: 'string', type: 'email', required: false }],
    ['people', 'name', { widget: 'string', required: true }],
    // Fixed choices as a select; one or a list of them as a multiple select.
    ['people', 'role', { widget: 'select', options: [...PERSON_ROLES], required: true }],
    ['events', 'kind', { widget: 'select', options: [...EVENT_KINDS], required: true }],
    ['positions', 'kind', { widget: 'select', options: [...POSITION_KINDS], multiple: true, min: 1, required: true }],
    ['positions', 'employment', { widget: 'select', options: [...EMPLOYMENT_TYPES], multiple: true, required: false }],
    ['pages', 'layout', { widget: 'select', options: ['page', 'home'], default: 'page', required: false }],
    [
      'pages',
      'open_positions',
      {
        widget: 'select',
        options: [{ label: 'all', value: true }, ...POSITION_KINDS.map((kind) => ({ label: kind, value: kind }))],
      },
    ],
    // Flags with their defaults; numbers.
    ['positions', 'filled', { widget: 'boolean', default: false, required: false }],
    ['pages', 'nav_order', { widget: 'number', value_type: 'float', required: false }],
    ['courses', 'ects', { widget: 'number', value_type: 'float', min: 0, max: 60, required: false }],
    // Dates as date pickers; an event's times on the site's clock.
    ['positions', 'posted', { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: true }],
    ['positions', 'deadline', { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: false }],
    ['news', 'date', { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: true }],
    [
      'events',
      'start',
      { widget: 'datetime', type: 'datetime-local', format: 'YYYY-MM-DDTHH:mm', input_timezone: 'Europe/Berlin' },
    ],
    ['projects', 'start', { widget: 'string', pattern: [expect.stringContaining('\\d{4}'), expect.any(String)] }],
    // References as relations over the collection they name, offered by title or name.
    [
      'positions',
      'project',
      { widget: 'relation', collection: 'projects', display_fields: ['title'], required: false },
    ],
    ['positions', 'contact', { widget: 'relation', collection: 'people', display_fields: ['name'], required: false }],
    ['projects', 'people', { widget: 'relation', collection: 'people', multiple: true, required: false }],
    ['events', 'speakers', { widget: 'relation', collection: 'people', multiple: true }],
    ['events', 'host', { widget: 'relation', collection: 'people', multiple: true }],
    ['events', 'project', { widget: 'relation', collection: 'projects' }],
    ['posts', 'authors', { widget: 'relation', collection: 'people', multiple: true }],
    ['courses', 'lecturers', { widget: 'relation', collection: 'people', multiple: true }],
    // Pictures beside the entry; lists of words; nested objects with their own fields.
    ['people', 'photo', { widget: 'image', required: false }],
    ['posts', 'image', { widget: 'image', required: false }],
    ['posts', 'tags', { widget: 'list', required: false }],
    ['people', 'aliases', { widget: 'list', required: false }],
  ] as const)('%s.%s is %j', (name, key, expected) => {
    expect(field(name, key)).toMatchObject(expected);
  });

  it('gives nested objects and lists of objects their own documented fields', () => {
    expect(field('positions', 'location')).toMatchObject({
      widget: 'object',
      required: false,
      fields: [
        { name: 'street', widget: 'string', required: false },
        { name: 'postcode', widget: 'string', required: false },
        { name: 'city', widget: 'string', required: true },
        { name: 'region', widget: 'string', required: false },
        { name: 'country', widget: 'string', required: true, pattern: ['^[A-Z]{2}$', expect.any(String)] },
      ],
    });
    expect(field('pages', 'children')).toMatchObject({
      widget: 'list',
      fields: [
        { name: 'title', widget: 'string', required: true, hint: expect.stringContaining('divider') },
        { name: 'permalink', widget: 'string', required: false },
      ],
    });
  });

  it("writes translations as the site reads them: a translation's own fields in de/, whole pages in each language", () => {
    expect(config.i18n).toEqual({
      structure: 'multiple_folders',
      locales: ['en', 'de'],
      default_locale: 'en',
      omit_default_locale_from_file_path: true,
      initial_locales: 'default',
    });
    const translated = (name: string) =>
      collection(name)
        .fields.filter((entry) => entry.i18n)
        .map((entry) => entry.name);
    expect(translated('positions')).toEqual(['title', 'note', 'draft', 'body']);
    expect(translated('projects')).toEqual(['title', 'summary', 'tags', 'draft', 'body']);
    expect(translated('posts')).toEqual(['title', 'tags', 'description', 'draft', 'body']);
    expect(translated('pages')).toEqual([...keysOf(collections.pages.schema), 'body']);
    // A whole page in German needs its title; a translation may leave it to the original.
    expect(field('pages', 'title').required).toBe(true);
    // Pages sit in folders (for-students/jobs.md), and the editor shows them as a tree.
    expect(collection('pages').nested).toEqual({ depth: 3, subfolders: false });
    expect(collection('positions')).not.toHaveProperty('nested');
    for (const name of ['people', 'news', 'events', 'courses']) {
      expect(collection(name).i18n, name).toBe(false);
      expect(translated(name), name).toEqual([]);
    }
  });

  it('puts pictures beside their entry, other uploads in public/, the BibTeX files and PDFs where the site reads them', () => {
    expect(collection('people')).toMatchObject({ media_folder: '', public_folder: '' });
    expect(collection('positions')).not.toHaveProperty('media_folder');
    expect(config).toMatchObject({ media_folder: 'public/uploads', public_folder: '/uploads' });
    expect(config.asset_collections).toEqual([
      { name: 'publications', label: 'Publications (BibTeX)', media_folder: 'src/content/publications' },
      {
        name: 'publications-pdf',
        label: 'Publications (PDF)',
        media_folder: 'public/papers',
        public_folder: '/papers',
      },
    ]);
  });

  it('signs in to the repository with a GitHub token, names entries as the site does, and says which is which', () => {
    expect(config.backend).toEqual({
      name: 'github',
      repo: 'uni-rostock-ml/website',
      branch: 'main',
      auth_methods: ['token'],
    });
    expect(config).toMatchObject({ site_url: 'https://ml.example.org/lab/', logo_url: '/lab/logo.png' });
    expect(collection('posts').slug).toBe('{{year}}-{{month}}-{{day}}-{{slug}}');
    expect(collection('positions').slug).toBe('{{slug}}');
    expect(collection('people')).toMatchObject({ identifier_field: 'name', label_singular: 'Member of the lab' });
    expect(collection('positions')).toMatchObject({
      label: 'Positions',
      label_singular: 'Position',
      description: expect.stringContaining('a job posting'),
    });
  });
});

describe('a field added to a schema', () => {
  // A collection of this file's own, documented here: its JSDoc is read from this source, as the schemas' are.
  const source = readFileSync(import.meta.filename, 'utf8');
  const seminar = strictObject({
    /** The seminar's title. */
    title: text('a title'),
    /** The first session (YYYY-MM-DD). */
    first: calendarDate,
    /** Who runs it (a file name in src/content/people). */
    organiser: entryId('a person', 'people').optional(),
    /** Where it meets. */
    room: oneOf(['seminar room', 'lecture hall']).optional(),
    /** true keeps it out of the build. */
    draft: flag.default(false),
  });
  const made = cmsConfig(
    { seminars: { loader: markdownFiles('./src/content/seminars'), schema: seminar } },
    { site, docs: shapeDocs(source) },
  ) as { collections: Collection[] };

  it('appears in the form with its widget and its JSDoc, with no other change', () => {
    expect(made.collections[0]!.fields).toMatchObject([
      { name: 'title', widget: 'string', required: true, hint: "The seminar's title." },
      { name: 'first', widget: 'datetime', type: 'date', hint: 'The first session (YYYY-MM-DD).' },
      { name: 'organiser', widget: 'relation', collection: 'people', required: false },
      {
        name: 'room',
        widget: 'select',
        options: ['seminar room', 'lecture hall'],
        required: false,
        hint: 'Where it meets.',
      },
      { name: 'draft', widget: 'boolean', default: false },
      { name: 'body', widget: 'markdown' },
    ]);
  });

  it('that the editor cannot show fails with the collection and the field', () => {
    const odd = strictObject({ /** A map. */ places: z.record(z.string(), z.string()) });
    expect(() =>
      cmsConfig({ odd: { loader: markdownFiles('./src/content/odd'), schema: odd } }, { site, docs: [] }),
    ).toThrow('odd.places: the editor has no widget for a record field');
  });
});

describe('labelOf', () => {
  it.each([
    ['title', 'Title'],
    ['apply_url', 'Apply URL'],
    ['nav_order', 'Nav order'],
    ['ects', 'ECTS'],
    ['open_positions', 'Open positions'],
  ])('%s → %s', (key, label) => {
    expect(labelOf(key)).toBe(label);
  });
});

describe('shapeDocs', () => {
  it('reads the JSDoc of each key and of the declaration that holds the object, as one line', () => {
    const found = shapeDocs(
      [
        '/** A thing (`src/content/things/`). */',
        'export const thingSchema = strictObject({',
        '  /**',
        '   * Its name,',
        '   * on two lines.',
        '   */',
        "  name: text('a name'),",
        '  other: flag,',
        '});',
      ].join('\n'),
    );
    expect(found).toEqual([
      {
        keys: ['name', 'other'],
        fields: { name: 'Its name, on two lines.' },
        owner: 'A thing (`src/content/things/`).',
      },
    ]);
  });
});
