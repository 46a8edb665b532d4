// npm run import:al-folio -- <path to an al-folio site> [--force] [--no-check]
// Moves an al-folio site here: _config.yml and _data/socials.yml into the site config and the owner's person file,
// _pages, _projects, _news and _bibliography (with the pictures and PDFs they use) into src/content and public,
// replacing the demo lab's examples. It reads only inside the al-folio site and writes only inside src/content/ and
// public/ (scripts/lib/confine.ts), never overwrites a file without --force, and ends with a build of the site and a
// report of what was done and what needs a person (README, "Moving over from al-folio").
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import * as prettier from 'prettier';
import { bibliographyFiles, localHtmlFields, unshownFields } from './lib/alfolio-bibtex.ts';
import {
  withoutLinksTo,
  convertNews,
  convertPage,
  convertProject,
  pageLeftOut,
  pagePermalink,
  splitFrontmatter,
  type Converted,
} from './lib/alfolio.ts';
import { labFacts, ownerPerson, withLabFacts } from './lib/alfolio-config.ts';
import { sourcePath, targetPath, where, type AskedBy } from './lib/confine.ts';
import { examplesIn, LEGAL_EXAMPLES } from './lib/examples.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const site = args.find((arg) => !arg.startsWith('--'));
if (!site || !existsSync(join(site, '_config.yml'))) {
  console.error(
    'Usage: npm run import:al-folio -- <path to an al-folio site> [--force] [--no-check]\n(the folder with _config.yml)',
  );
  process.exit(1);
}

const markdownIn = async (folder: string, from = site!) =>
  existsSync(join(from, folder))
    ? (await readdir(join(from, folder), { recursive: true }))
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => join(folder, file))
    : [];

const written: string[] = [];
const skipped: string[] = [];
const notes: string[] = [];

/** A file of the al-folio site, read only when it is inside the site (see scripts/lib/confine.ts). */
async function readSource(file: string, askedBy: AskedBy = { file }): Promise<Buffer | undefined> {
  const source = sourcePath(site!, file, askedBy);
  if ('problem' in source) {
    notes.push(source.problem);
    return undefined;
  }
  if (!existsSync(source.path)) return undefined;
  return readFile(source.path);
}

/**
 * Writes a file of this project, inside src/content/ or public/ only, created exclusively: an existing file is left as
 * it is without --force (and a file with the same content counts as done).
 */
async function writeTarget(target: string, data: string | Buffer, askedBy: AskedBy): Promise<void> {
  const resolved = targetPath(process.cwd(), target, askedBy);
  if ('problem' in resolved) {
    notes.push(resolved.problem);
    return;
  }
  const shown = relative(process.cwd(), resolved.path);
  if (existsSync(resolved.path)) {
    if (Buffer.from(data).equals(await readFile(resolved.path))) return;
    if (!force) {
      skipped.push(shown);
      return;
    }
  }
  await mkdir(dirname(resolved.path), { recursive: true });
  await writeFile(resolved.path, data, { flag: force ? 'w' : 'wx' });
  written.push(shown);
}

/** Copies a file of the al-folio site into the project (both confined); notes one the site does not have. */
async function copyOver(from: string, to: string, askedBy: AskedBy): Promise<boolean> {
  const data = await readSource(from, askedBy);
  if (data === undefined) {
    if (!notes.some((note) => note.startsWith(`${where(askedBy)}: ${JSON.stringify(from)}`)))
      notes.push(`${where(askedBy)}: uses ${from}, which the al-folio site does not have; left out`);
    return false;
  }
  await writeTarget(to, data, askedBy);
  return true;
}

/** The line of a file on which `text` first appears (for the report). */
const lineOf = (source: string, text: string) => {
  const at = source.indexOf(text);
  return at < 0 ? undefined : source.slice(0, at).split('\n').length;
};

/** al-folio's _config.yml: its base path leaves the links (`/al-folio/publications/` → `/publications/`). */
const config = (yaml.load((await readSource('_config.yml'))?.toString('utf8') ?? '', { schema: yaml.CORE_SCHEMA }) ??
  {}) as Record<string, unknown>;
const baseurl = typeof config.baseurl === 'string' ? config.baseurl : '';

/** _data/socials.yml (newer al-folio keeps the owner's e-mail and profiles there). */
const socials = (yaml.load((await readSource('_data/socials.yml'))?.toString('utf8') ?? '', {
  schema: yaml.CORE_SCHEMA,
}) ?? {}) as Record<string, unknown>;

// The examples make way: on a site that still holds the demo lab's content, the import replaces it (the legal pages
// stay, since the site needs them); on a site without examples it only adds.
const removed: string[] = [];
const examples = examplesIn(process.cwd());
for (const path of examples.unchanged) {
  if (LEGAL_EXAMPLES.has(path)) {
    notes.push(`${path}: the example's text is kept, since the site needs this page: write the lab's own`);
    continue;
  }
  await rm(path);
  removed.push(path);
}
for (const path of examples.edited)
  notes.push(`${path}: an example file that has been changed, so it is kept: remove it if the import replaces it`);

// The lab's name, description, address, folder and e-mail go into the site config: on a site that still held the
// examples, or with --force (a site of the lab's own keeps its config, and the report says what al-folio has).
const facts = labFacts(config, socials);
const configFile = 'src/site.config.ts';
const configCode = await readFile(configFile, 'utf8');
const prettierOptions = { ...(await prettier.resolveConfig(configFile)), filepath: configFile };
const configNext = await prettier.format(withLabFacts(configCode, facts), prettierOptions);
if (configNext !== configCode) {
  if (examples.unchanged.length || force) {
    await writeFile(configFile, configNext);
    written.push(configFile);
  } else notes.push(`${configFile}: kept as it is; al-folio's _config.yml says ${JSON.stringify(facts)}`);
}
notes.push(
  `${configFile}: university, address, social links and logo are not in al-folio's config: write the lab's own`,
);
// The content files are taken to be in the site's first language (English unless the config says otherwise).
if (typeof config.lang === 'string' && config.lang !== 'en')
  notes.push(
    `_config.yml: lang is ${JSON.stringify(config.lang)}; the content was imported as the site's first language: set languages and defaultLanguage in ${configFile} if it is another`,
  );
const owner = ownerPerson(config, socials);
if (owner) {
  notes.push(...owner.notes);
  await writeTarget(join('src/content', owner.path), owner.text, { file: '_config.yml' });
}
for (const [path, what] of [
  ['_data/coauthors.yml', 'co-author links'],
  ['_data/cv.yml', 'the CV'],
  ['_data/repositories.yml', 'the repositories page'],
  ['_books', 'the bookshelf'],
  ['_teachings', 'the teaching pages'],
] as const)
  if (existsSync(join(site, path))) notes.push(`${path}: not converted (${what} has no equivalent here yet)`);

const pageFiles = await markdownIn('_pages');
const projectFiles = await markdownIn('_projects');
const newsFiles = await markdownIn('_news');
const sources = new Map<string, string>();
for (const file of [...pageFiles, ...projectFiles, ...newsFiles]) {
  const data = await readSource(file);
  if (data) sources.set(file, data.toString('utf8'));
}
const read = (files: string[]) => files.filter((file) => sources.has(file));

const importYear = process.env.SITE_NOW?.slice(0, 4) || String(new Date().getFullYear());
/** When a file came into the al-folio site's git repository (YYYY-MM-DD), if it is one. */
const addedOn = (file: string) => {
  const log = spawnSync('git', ['-C', site!, 'log', '--diff-filter=A', '--format=%as', '--', file], {
    encoding: 'utf8',
  });
  return log.status === 0 ? log.stdout.trim().split('\n').pop() || undefined : undefined;
};
const projects = read(projectFiles).map((file) =>
  convertProject(file, sources.get(file)!, addedOn(file), importYear, baseurl),
);
const known = new Set([
  ...read(pageFiles)
    .filter((file) => !pageLeftOut(file, splitFrontmatter(sources.get(file)!).data))
    .map((file) => pagePermalink(file, sources.get(file)!)),
  '/projects/',
  '/positions/',
  ...projects.map((project) => `/${project.path.replace(/\.md$/, '')}/`),
]);
// al-folio's 404 page and blog page are left out: this site has its own of the first, and no blog yet.
const pagesKept = read(pageFiles).filter((file) => {
  const leftOut = pageLeftOut(file, splitFrontmatter(sources.get(file)!).data);
  if (leftOut) notes.push(leftOut);
  return !leftOut;
});
const pages = pagesKept.map((file) => convertPage(file, sources.get(file)!, known, baseurl));
const news = read(newsFiles).map((file) => convertNews(file, sources.get(file)!, baseurl));

// Two files for one address are settled before anything is written: the first keeps it, the other is reported.
const addresses = new Map<string, string>();
for (const file of await markdownIn('src/content/pages', process.cwd())) {
  const source = await readFile(file, 'utf8');
  addresses.set(pagePermalink(file.replace(/^src\/content\/pages\//, ''), source), file);
}
const settled = pages.filter((page) => {
  const address = pagePermalink(page.source, sources.get(page.source)!);
  const target = join('src/content', page.path);
  const other = addresses.get(address);
  if (other && other !== target) {
    notes.push(
      `${page.source}: its address ${address} is already ${other}'s; not imported, so that neither hides the other`,
    );
    return false;
  }
  addresses.set(address, target);
  return true;
});

for (const converted of [...settled, ...projects, ...news] as Converted[]) {
  notes.push(...converted.notes);
  const target = join('src/content', converted.path);
  // A file the old site does not have is left out: its pictures go, its links keep their words.
  let text = converted.text;
  if (converted.image) {
    const askedBy = { file: converted.source, line: lineOf(sources.get(converted.source)!, converted.image.from) };
    const copied = await copyOver(converted.image.from, join('src/content', converted.image.to), askedBy);
    if (!copied) text = text.replace(/^image: .*\n/m, '');
  }
  for (const asset of converted.assets) {
    const askedBy = { file: converted.source, line: lineOf(sources.get(converted.source)!, asset) };
    if (!(await copyOver(asset, join('public', asset), askedBy))) text = withoutLinksTo(text, `/${asset}`);
  }
  await writeTarget(target, text, { file: converted.source });
}

// BibTeX files are copied as they are: this site reads al-folio's fields (abbr, selected, pdf, preview, ...).
const bibFiles = existsSync(join(site, '_bibliography'))
  ? (await readdir(join(site, '_bibliography'))).filter((file) => file.endsWith('.bib')).sort()
  : [];
for (const file of bibFiles) {
  const from = join('_bibliography', file);
  const source = await readSource(from);
  if (!source) continue;
  // A field whose file is missing (or refused) is left out, so that the result builds; so is a local `html`.
  let text = source.toString('utf8');
  const dropped = new Set<number>();
  for (const asset of bibliographyFiles(text)) {
    if (!(await copyOver(asset.from, asset.to, { file: from, line: asset.line }))) dropped.add(asset.line);
  }
  for (const { line, value } of localHtmlFields(text)) {
    dropped.add(line);
    notes.push(
      `${from}:${line}: html = {${value}} names a file of the old site, not a web address; left out (give the paper's address instead)`,
    );
  }
  text = text
    .split('\n')
    .filter((_, index) => !dropped.has(index + 1))
    .join('\n');
  const unshown = unshownFields(text);
  if (unshown.length)
    notes.push(`${from}: kept, but this site does not show these al-folio fields: ${unshown.join(', ')}`);
  await writeTarget(join('src/content/publications', file), text, { file: from });
}
if (bibFiles.length) {
  notes.push(
    'src/content/people/: al-folio highlights one author (scholar.last_name in _config.yml); here every member is highlighted: add a file per person, with aliases for the spellings in the BibTeX',
  );
}
if (existsSync(join(site, '_posts'))) notes.push('_posts/: not converted (this site has no blog yet)');

// The import ends with the site's own content checks: a build into a folder of its own.
let check = '';
if (!args.includes('--no-check')) {
  // Inside the project (beside Astro's cache), so that the build finds its packages as the real one does.
  const out = join(process.cwd(), 'node_modules/.astro/import-check');
  const result = spawnSync(process.execPath, [join('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  await rm(out, { recursive: true, force: true });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.split('\n');
  const named = output.filter((line) => /^(src\/|dist\/|Two files)/.test(line));
  const lines = named.length ? named : output.filter((line) => line.trim()).slice(-10);
  check =
    result.status === 0
      ? '\nChecked: the site builds with the imported content.'
      : [
          '\nChecked: the site does not build yet. Fix these first (docs/errors.md explains each):',
          ...lines.map((line) => `  - ${line}`),
        ].join('\n');
}

const section = (title: string, lines: string[]) =>
  lines.length ? [`\n${title}`, ...lines.map((line) => `  - ${line}`)] : [];
console.log(
  [
    `Converted ${pages.length} page${pages.length === 1 ? '' : 's'}, ${projects.length} project${projects.length === 1 ? '' : 's'}, ${news.length} news item${news.length === 1 ? '' : 's'} and ${bibFiles.length} BibTeX file${bibFiles.length === 1 ? '' : 's'} from ${site}.`,
    written.length || removed.length
      ? ''
      : '\nNothing was written: the project already has every file as the import would write it.',
    ...section("Removed (the demo lab's examples, which the import replaces):", removed),
    ...section('Written:', written),
    ...section('Not written, because the file exists (--force overwrites):', skipped),
    ...section('Needs a person:', notes),
    check,
    '\nNext:',
    '  1. Go through "Needs a person" above, top to bottom.',
    "  2. In src/site.config.ts, write the lab's university, address, short name, social links and logo.",
    "  3. Replace the text of the imprint and privacy pages (src/content/pages/imprint.md, privacy.md) with the lab's.",
    '  4. Preview with `npm run dev`, then check everything with `npm run check`.',
  ].join('\n'),
);
