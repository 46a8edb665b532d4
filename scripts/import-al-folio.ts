// npm run import:al-folio -- <path to an al-folio site> [--force]
// Converts _pages, _projects, _news and _bibliography (and the pictures and PDFs they use) into src/content and
// public, never overwriting a file without --force, and ends with a report of what was converted and what needs a person.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  bibliographyFiles,
  convertNews,
  convertPage,
  convertProject,
  pagePermalink,
  type Converted,
} from './lib/alfolio.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const site = args.find((arg) => !arg.startsWith('--'));
if (!site || !existsSync(join(site, '_config.yml'))) {
  console.error(
    'Usage: npm run import:al-folio -- <path to an al-folio site> [--force]\n(the folder with _config.yml)',
  );
  process.exit(1);
}

const markdownIn = async (folder: string) =>
  existsSync(join(site, folder))
    ? (await readdir(join(site, folder), { recursive: true }))
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => join(folder, file))
    : [];

const pageFiles = await markdownIn('_pages');
const projectFiles = await markdownIn('_projects');
const newsFiles = await markdownIn('_news');
const sources = new Map(
  await Promise.all(
    [...pageFiles, ...projectFiles, ...newsFiles].map(
      async (file) => [file, await readFile(join(site, file), 'utf8')] as const,
    ),
  ),
);

const importYear = process.env.SITE_NOW?.slice(0, 4) || String(new Date().getFullYear());
const projects = projectFiles.map((file) => convertProject(file, sources.get(file)!, importYear));
const known = new Set([
  ...pageFiles.map((file) => pagePermalink(file, sources.get(file)!)),
  '/projects/',
  '/positions/',
  ...projects.map((project) => `/${project.path.replace(/\.md$/, '')}/`),
]);
const pages = pageFiles.map((file) => convertPage(file, sources.get(file)!, known));
const news = newsFiles.map((file) => convertNews(file, sources.get(file)!));

const written: string[] = [];
const skipped: string[] = [];
const notes: string[] = [];
for (const converted of [...pages, ...projects, ...news] as Converted[]) {
  notes.push(...converted.notes);
  const target = join('src/content', converted.path);
  if (existsSync(target) && !force) {
    skipped.push(target);
    continue;
  }
  let text = converted.text;
  await mkdir(dirname(target), { recursive: true });
  if (converted.image) {
    const from = join(site, converted.image.from);
    if (existsSync(from)) {
      await copyFile(from, join('src/content', converted.image.to));
    } else {
      text = text.replace(/^image: .*\n/m, '');
      notes.push(`${target}: the picture ${converted.image.from} was not found; the project has none for now`);
    }
  }
  await writeFile(target, text);
  written.push(target);
  for (const asset of converted.assets) {
    const copy = join('public', asset);
    if (!existsSync(join(site, asset)))
      notes.push(`${target}: links to ${asset}, which the al-folio site does not have`);
    else if (existsSync(copy) && !force) skipped.push(copy);
    else {
      await mkdir(dirname(copy), { recursive: true });
      await copyFile(join(site, asset), copy);
      written.push(copy);
    }
  }
}
/** Copies a file unless it exists (without --force); notes a file the al-folio site does not have. */
async function copyOver(from: string, to: string, usedBy: string): Promise<void> {
  if (!existsSync(join(site!, from))) notes.push(`${usedBy}: uses ${from}, which the al-folio site does not have`);
  else if (existsSync(to) && !force) skipped.push(to);
  else {
    await mkdir(dirname(to), { recursive: true });
    await copyFile(join(site!, from), to);
    written.push(to);
  }
}

// BibTeX files are copied as they are: this site reads al-folio's fields (abbr, selected, pdf, preview, ...).
const bibFiles = existsSync(join(site, '_bibliography'))
  ? (await readdir(join(site, '_bibliography'))).filter((file) => file.endsWith('.bib')).sort()
  : [];
for (const file of bibFiles) {
  const from = join('_bibliography', file);
  await copyOver(from, join('src/content/publications', file), from);
  for (const asset of bibliographyFiles(await readFile(join(site, from), 'utf8'))) {
    await copyOver(asset.from, asset.to, from);
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
    ...section('Written:', written),
    ...section('Not written, because the file exists (--force overwrites):', skipped),
    ...section('Needs a person:', notes),
  ].join('\n'),
);
