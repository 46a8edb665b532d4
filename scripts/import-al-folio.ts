// npm run import:al-folio -- <path to an al-folio site> [--force]
// Converts _pages, _projects, _news and _bibliography (and the pictures and PDFs they use) into src/content and
// public, never overwriting a file without --force, and ends with a report of what was converted and what needs a person.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import {
  bibliographyFiles,
  withoutLinksTo,
  convertNews,
  convertPage,
  convertProject,
  pageLeftOut,
  pagePermalink,
  splitFrontmatter,
  type Converted,
} from './lib/alfolio.ts';
import { sourcePath, targetPath, where, type AskedBy } from './lib/confine.ts';
import { examplesIn, LEGAL_EXAMPLES } from './lib/examples.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const site = args.find((arg) => !arg.startsWith('--'));
if (!site || !existsSync(join(site, '_config.yml'))) {
  console.error(
    'Usage: npm run import:al-folio -- <path to an al-folio site> [--force]\n(the folder with _config.yml)',
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
 * Writes a file of this project, inside src/content/, public/ or the site config only, created exclusively: an
 * existing file is left as it is without --force (and a file with the same content counts as done).
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
const projects = read(projectFiles).map((file) => convertProject(file, sources.get(file)!, importYear, baseurl));
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
  await writeTarget(join('src/content/publications', file), source, { file: from });
  for (const asset of bibliographyFiles(source.toString('utf8'))) {
    await copyOver(asset.from, asset.to, { file: from, line: asset.line });
  }
}
if (bibFiles.length) {
  notes.push(
    'src/content/people/: al-folio highlights one author (scholar.last_name in _config.yml); here every member is highlighted: add a file per person, with aliases for the spellings in the BibTeX',
  );
}
if (existsSync(join(site, '_posts'))) notes.push('_posts/: not converted (this site has no blog)');

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
  ].join('\n'),
);
