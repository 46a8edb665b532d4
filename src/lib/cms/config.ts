import { z } from 'zod';
import type { MarkdownFiles } from '../../loaders/markdown';
import type { SiteConfig } from '../site';
import { withBase } from '../model/urls';
import { docsFor, type ShapeDocs } from './docs';
import { labelOf, objectFields, shapeOf, type CmsField } from './fields';

/** A collection as src/content.config.ts defines it: its loader (which says where its files are) and its schema. */
export interface CollectionDefinition {
  loader: unknown;
  schema?: unknown;
}

/** What the editor's configuration takes from the site config. */
export type CmsSite = Pick<SiteConfig, 'url' | 'base' | 'languages' | 'timeZone' | 'logo' | 'repository' | 'branch'> & {
  /** The lab's name in the site's first language, for the editor's title. */
  name: string;
};

/** Astro's `image()` as the editor sees it: a picture beside the entry. */
const image = () => z.string().meta({ editor: { widget: 'image' } });

/** Where uploads go that belong to no entry (pictures in a text), and the path they are linked by. */
export const UPLOADS = { media_folder: 'public/uploads', public_folder: '/uploads' } as const;

const isMarkdown = (loader: unknown): loader is { folder: string; files: MarkdownFiles } =>
  typeof loader === 'object' && loader !== null && 'files' in loader && 'folder' in loader;
const isBibtex = (loader: unknown): loader is { folder: string; pdfFolder: string } =>
  typeof loader === 'object' && loader !== null && 'pdfFolder' in loader;

/** The schema of a collection; a schema written as a function (`({ image }) => …`) is called with the editor's `image`. */
const schemaOf = (definition: CollectionDefinition): unknown =>
  typeof definition.schema === 'function'
    ? (definition.schema as (context: object) => unknown)({ image })
    : definition.schema;

/** "A position (`src/content/positions/`): …" names one entry: "Position". */
const singular = (doc: string | undefined, name: string) => {
  const [, words] = /^An? ([^(:,.]+?)\s*[(:,.]/.exec(doc ?? '') ?? [];
  return words ? words.replace(/^./, (first) => first.toUpperCase()) : labelOf(name);
};

/**
 * The configuration of the editor at /admin/ (Sveltia CMS), made from the collections' definitions
 * (src/content.config.ts) and the documentation in their schemas' sources: every field of every schema, with the
 * widget its type asks for, whether it is required, its default, its choices, its relation to another collection,
 * and its JSDoc as the hint. Translations are the CMS's i18n, in the folders the site reads them from.
 */
export function cmsConfig(
  collections: object,
  { site, docs }: { site: CmsSite; docs: readonly ShapeDocs[] },
): Record<string, unknown> {
  const first = site.languages[0]!;
  const schemas = (Object.entries(collections) as [string, CollectionDefinition][]).map(([name, definition]) => {
    const schema = schemaOf(definition);
    return { name, loader: definition.loader, schema, keys: Object.keys(shapeOf(schema) ?? {}) };
  });
  const identifiers = Object.fromEntries(
    schemas.map(({ name, keys }) => [
      name,
      keys.includes('title') ? 'title' : keys.includes('name') ? 'name' : (keys[0] ?? 'title'),
    ]),
  );
  const entryCollections = schemas.flatMap(({ name, loader, schema, keys }) => {
    if (!isMarkdown(loader)) return [];
    const { folder, files } = loader;
    const doc = docsFor(docs, keys)?.owner;
    const translations = files.translations;
    const own = translations === 'whole' ? keys : (translations?.own ?? []);
    const fields: CmsField[] = [
      ...objectFields(schema, { docs, timeZone: site.timeZone, identifiers, where: name }),
      {
        name: 'body',
        label: 'Text',
        widget: 'markdown',
        required: false,
        hint: 'The text of the page, in Markdown.',
      },
    ].map((field) => {
      if (!translations) return field;
      const translated = field.name === 'body' || own.includes(field.name);
      // A translation that takes the rest from its original may leave out what the original has.
      const required = translations !== 'whole' && translated && field.required ? [first] : field.required;
      return { ...field, required, i18n: translated };
    });
    return [
      {
        name,
        label: labelOf(name),
        label_singular: singular(doc, name),
        ...(doc && { description: doc.replace(/`/g, '') }),
        folder,
        extension: 'md',
        format: 'yaml-frontmatter',
        identifier_field: identifiers[name],
        // al-folio's file names for what is dated: 2024-05-02-our-paper.md.
        slug: keys.includes('date') ? '{{year}}-{{month}}-{{day}}-{{slug}}' : '{{slug}}',
        i18n: Boolean(translations),
        // Pages sit in folders too (for-students/jobs.md): the editor shows them as a tree.
        ...(translations === 'whole' && { nested: { depth: 3, subfolders: false } }),
        // Pictures sit beside the entry (./jane-doe.jpg), where astro:assets reads them.
        ...(files.images?.length && { media_folder: '', public_folder: '' }),
        fields,
      },
    ];
  });
  const assetCollections = schemas.flatMap(({ name, loader }) =>
    isBibtex(loader)
      ? [
          { name, label: `${labelOf(name)} (BibTeX)`, media_folder: loader.folder },
          {
            name: `${name}-pdf`,
            label: `${labelOf(name)} (PDF)`,
            media_folder: loader.pdfFolder,
            public_folder: loader.pdfFolder.replace(/^public/, ''),
          },
        ]
      : [],
  );
  const home = new URL(site.base, site.url).href;
  return {
    backend: {
      name: 'github',
      ...(site.repository && { repo: site.repository }),
      branch: site.branch,
      auth_methods: ['token'],
    },
    app_title: `${site.name} · Editor`,
    site_url: home,
    display_url: home,
    logo_url: withBase(site.logo, site.base),
    ...UPLOADS,
    i18n: {
      structure: 'multiple_folders',
      locales: site.languages,
      // The top-level files are in the site's first language (src/site.config.ts).
      default_locale: first,
      omit_default_locale_from_file_path: true,
      // A new entry is written in the first language; a translation is added when someone writes it.
      initial_locales: 'default',
    },
    output: { omit_empty_optional_fields: true },
    collections: entryCollections,
    asset_collections: assetCollections,
  };
}
