// npm run import:al-folio -- <path to an al-folio site> [--force] [--no-check]
// Moves an al-folio site here: _config.yml and _data/socials.yml into the site config and the owner's person file,
// _pages, _projects, _news, _posts and _bibliography (with the pictures and PDFs they use) into src/content and public,
// replacing the demo lab's examples. It reads only inside the al-folio site and writes only inside src/content/ and
// public/ (scripts/lib/confine.ts), never overwrites a file without --force, and ends with a build of the site and a
// report of what was done and what needs a person (README, "Moving over from al-folio").
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import * as prettier from 'prettier';
import { bibliographyFiles, localHtmlFields, unshownFields, withoutFields } from './lib/alfolio-bibtex.ts';
import {
  withLinksMoved,
  withoutLinksTo,
  convertNews,
  convertPage,
  convertProject,
  pageLeftOut,
  pagePermalink,
  splitFrontmatter,
  type Converted,
} from './lib/alfolio.ts';
import { isAlFolioExamplePost } from './lib/alfolio-examples.ts';
import { convertPost, settlePostAddresses, type ConvertedPost } from './lib/alfolio-posts.ts';
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

/**
 * The markdown files below a folder (`_pages/a.md`), found without following symbolic links to folders (a link may
 * lead anywhere, or back to itself). Other files are reported: only markdown is converted.
 */
async function markdownIn(folder: string, from = site!): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relativeFolder: string): Promise<void> => {
    for (const entry of await readdir(join(from, relativeFolder), { withFileTypes: true })) {
      const path = join(relativeFolder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isSymbolicLink() && existsSync(join(from, path)) && statSync(join(from, path)).isDirectory())
        notes.push(`${path}: a symbolic link to a folder; not followed`);
      else if (/\.md$/i.test(entry.name) || (folder === '_posts' && /\.markdown$/i.test(entry.name))) found.push(path);
      else if (from === site && folder === '_posts' && /\.html?$/i.test(entry.name))
        notes.push(
          `${path}: not converted: a post in HTML (only markdown posts are); write it in markdown to import it`,
        );
      else if (from === site) notes.push(`${path}: not converted (only markdown files are)`);
    }
  };
  if (existsSync(join(from, folder))) await walk(folder);
  return found.sort();
}

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
  if (!existsSync(source.path) || !statSync(source.path).isFile()) return undefined;
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

/**
 * What a copied file may be, by where it goes: pictures beside the content, PDFs in public/papers/, and in
 * public/assets/ what al-folio keeps there (never markdown, MDX or code, which a build would run).
 */
const COPYABLE: [folder: string, kinds: RegExp][] = [
  ['src/content/', /\.(jpe?g|png|webp|avif|gif|svg)$/i],
  ['public/papers/', /\.pdf$/i],
  ['public/', /\.(jpe?g|png|webp|avif|gif|svg|pdf|txt|csv|zip|bib|mp4|webm|mp3)$/i],
];

/** Copies a file of the al-folio site into the project (both confined); notes one the site does not have. */
async function copyOver(from: string, to: string, askedBy: AskedBy): Promise<boolean> {
  // A link may be written with %-escapes (`my%20picture.jpg`); the file has the plain name.
  let name = from;
  try {
    name = decodeURIComponent(from);
  } catch {
    // Left as written.
  }
  const data = await readSource(name, askedBy);
  if (data === undefined) {
    if (!notes.some((note) => note.startsWith(`${where(askedBy)}: ${JSON.stringify(name)}`)))
      notes.push(`${where(askedBy)}: uses ${from}, which the al-folio site does not have; left out`);
    return false;
  }
  const target = targetPath(process.cwd(), to, askedBy);
  if ('problem' in target) {
    notes.push(target.problem);
    return false;
  }
  // What may go there follows from where the path really leads (`papers/../../src/content/…` is content).
  const resolved = relative(process.cwd(), target.path).split('\\').join('/');
  const kinds = COPYABLE.find(([folder]) => resolved.startsWith(folder))?.[1];
  if (!kinds?.test(resolved)) {
    notes.push(
      `${where(askedBy)}: ${JSON.stringify(from)} is not a kind of file that goes to ${resolved}; it was not imported`,
    );
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

/** A YAML file of the al-folio site, or the import stops before it changes anything, saying where the mistake is. */
async function readYaml(file: string): Promise<Record<string, unknown>> {
  const text = (await readSource(file))?.toString('utf8') ?? '';
  try {
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    console.error(
      `${file}${mark ? `:${mark.line + 1}` : ''}: not valid YAML (${reason ?? String(error)}); nothing was imported. Fix it in the al-folio site and run the import again.`,
    );
    process.exit(1);
  }
}

/** al-folio's _config.yml: its base path leaves the links (`/al-folio/publications/` → `/publications/`). */
const config = await readYaml('_config.yml');
const baseurl = typeof config.baseurl === 'string' ? config.baseurl : '';

/** _data/socials.yml (newer al-folio keeps the owner's e-mail and profiles there). */
const socials = await readYaml('_data/socials.yml');

const removed: string[] = [];
const examples = examplesIn(process.cwd());
const configFile = 'src/site.config.ts';

notes.push(
  `${configFile}: university, address, social links and logo are not in al-folio's config: write the lab's own`,
);
// The content files are taken to be in the site's first language (English unless the config says otherwise).
if (typeof config.lang === 'string' && config.lang !== 'en')
  notes.push(
    `_config.yml: lang is ${JSON.stringify(config.lang)}; the content was imported as the site's first language: set languages and defaultLanguage in ${configFile} if it is another`,
  );
const owner = ownerPerson(config, socials);
if (owner) notes.push(...owner.notes);
for (const [path, why] of [
  ['_data/coauthors.yml', 'co-author links have no equivalent here yet'],
  ['_data/cv.yml', 'the CV has no equivalent here yet'],
  ['_data/repositories.yml', 'the repositories page has no equivalent here yet'],
  ['_books', 'the bookshelf has no equivalent here yet'],
  ['_teachings', 'write each course with npm run new -- course; the teaching page lists them by semester'],
  ['_drafts', "Jekyll's unpublished posts: move one to _posts/ with published: false to import it as a draft"],
] as const)
  if (existsSync(join(site, path))) notes.push(`${path}: not converted (${why})`);
if (Array.isArray(config.external_sources) && config.external_sources.length)
  notes.push(
    `_config.yml: external_sources (${config.external_sources.length}) not converted: this blog shows only its own posts; link to the others from a page or a news item`,
  );

const pageFiles = await markdownIn('_pages');
const projectFiles = await markdownIn('_projects');
const newsFiles = await markdownIn('_news');
const postFiles = await markdownIn('_posts');
const sources = new Map<string, string>();
for (const file of [...pageFiles, ...projectFiles, ...newsFiles, ...postFiles]) {
  const data = await readSource(file);
  if (!data) continue;
  const text = data.toString('utf8');
  try {
    splitFrontmatter(text);
    sources.set(file, text);
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    notes.push(
      `${file}${mark ? `:${mark.line + 2}` : ''}: its front matter is not valid YAML (${reason ?? String(error)}); not imported`,
    );
  }
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
/** Whether a converted file is a draft (a page of nothing but Liquid, a project without a date). */
const isDraft = (converted: Converted) => /^draft: true$/m.test(converted.text.split('\n---')[0] ?? '');
// al-folio's 404 page is left out: this site has its own.
const pagesKept = read(pageFiles).filter((file) => {
  const leftOut = pageLeftOut(file, splitFrontmatter(sources.get(file)!).data);
  if (leftOut) notes.push(leftOut);
  return !leftOut;
});
/** The addresses the imported site will have: its own lists, and the pages and projects that are not drafts. */
const known = new Set([
  ...pagesKept.map((file) => pagePermalink(file, sources.get(file)!)),
  ...['/projects/', '/positions/', '/people/', '/publications/', '/news/', '/events/', '/blog/', '/teaching/'],
  ...projects.filter((project) => !isDraft(project)).map((project) => `/${project.path.replace(/\.md$/, '')}/`),
]);
// A page that waits as a draft has no address yet: menu children and links leading to it are taken out. So are links
// to a post that waits as a draft or was not imported; links to a post's address in al-folio lead to it here.
const DRAFT = 'which waits as a draft';
const unlinked = new Map(projects.filter(isDraft).map((project) => [`/${project.path.replace(/\.md$/, '')}/`, DRAFT]));
const moved = new Map<string, string>();
for (const file of pagesKept) {
  if (!isDraft(convertPage(file, sources.get(file)!, known, baseurl))) continue;
  const address = pagePermalink(file, sources.get(file)!);
  known.delete(address);
  unlinked.set(address, DRAFT);
}
const pages = pagesKept.map((file) => convertPage(file, sources.get(file)!, known, baseurl));
const news = read(newsFiles).map((file) => convertNews(file, sources.get(file)!, baseurl));

// The people the site will have (those it keeps, and the owner), so that a post's author who is one links to them.
const leaving = new Set(examples.unchanged.filter((path) => !LEGAL_EXAMPLES.has(path)));
const people = new Map<string, string>();
const personFiles = (await markdownIn('src/content/people', process.cwd())).filter((file) => !leaving.has(file));
for (const [file, text] of [
  ...(await Promise.all(personFiles.map(async (file) => [file, await readFile(file, 'utf8')] as const))),
  ...(owner ? [[owner.path, owner.text] as const] : []),
]) {
  const id = file.replace(/^(src\/content\/)?people\//, '').replace(/\.md$/, '');
  if (id.includes('/')) continue; // A translation.
  people.set(id, id);
  const { name } = splitFrontmatter(text).data;
  if (typeof name === 'string') people.set(name.toLowerCase(), id);
}

// al-folio's own example posts, as al-folio ships them, are left out (listed); a post the lab edited is its own.
const alFolioExamples: string[] = [];
const postContext = {
  baseurl,
  people,
  ...(typeof config.permalink === 'string' && { permalink: config.permalink }),
};
const settledPosts = settlePostAddresses(
  read(postFiles).flatMap((file): ConvertedPost[] => {
    const converted = convertPost(file, sources.get(file)!, postContext);
    const example = isAlFolioExamplePost(sources.get(file)!);
    if (!example && !('leftOut' in converted)) return [converted];
    if (example) alFolioExamples.push(file);
    else if ('leftOut' in converted) notes.push(converted.leftOut);
    const redirect = 'redirect' in converted ? converted.redirect : undefined;
    for (const address of [converted.address, ...converted.oldAddresses])
      if (redirect) moved.set(address, redirect);
      else unlinked.set(address, 'a post that was not imported');
    return [];
  }),
);
notes.push(...settledPosts.notes);
const posts = settledPosts.posts;
for (const post of posts)
  for (const address of post.draft ? [post.address, ...post.oldAddresses] : post.oldAddresses)
    if (post.draft) unlinked.set(address, DRAFT);
    else moved.set(address, post.address);
for (const post of posts.filter((post) => !post.draft)) {
  unlinked.delete(post.address);
  moved.delete(post.address);
}

// Two files for one address are settled before anything is written: the first keeps it, the other is reported.
const addresses = new Map<string, string>();
for (const file of await markdownIn('src/content/pages', process.cwd())) {
  if (leaving.has(file)) continue; // An example the import removes.
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

// Nothing has changed so far: only now, with everything converted, do the examples go and the config change.
// The examples make way: on a site that still holds the demo lab's content, the import replaces it (the legal pages
// stay, since the site needs them); on a site without examples it only adds.
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
const configCode = await readFile(configFile, 'utf8');
const prettierOptions = { ...(await prettier.resolveConfig(configFile)), filepath: configFile };
const configNext = await prettier.format(withLabFacts(configCode, facts), prettierOptions);
if (configNext !== configCode) {
  if (examples.unchanged.some((path) => !LEGAL_EXAMPLES.has(path)) || force) {
    await writeFile(configFile, configNext);
    written.push(configFile);
  } else notes.push(`${configFile}: kept as it is; al-folio's _config.yml says ${JSON.stringify(facts)}`);
}
if (owner) await writeTarget(join('src/content', owner.path), owner.text, { file: '_config.yml' });

// Two al-folio files for one file here (`_pages/cv.md` and `_pages/sub/cv.md`): the first is imported.
const targets = new Map<string, string>();
const unique = ([...settled, ...projects, ...news, ...posts] as Converted[]).filter((converted) => {
  const other = targets.get(converted.path);
  if (other) {
    notes.push(
      `${converted.source}: would be src/content/${converted.path}, as ${other} is; not imported (rename one of them)`,
    );
    return false;
  }
  targets.set(converted.path, converted.source);
  return true;
});

for (const converted of unique) {
  notes.push(...converted.notes);
  const target = join('src/content', converted.path);
  // A file the old site does not have is left out: its pictures go, its links keep their words.
  let text = converted.text;
  if (converted.image) {
    const askedBy = { file: converted.source, line: lineOf(sources.get(converted.source)!, converted.image.from) };
    const copied = await copyOver(converted.image.from, join('src/content', converted.image.to), askedBy);
    if (!copied) text = text.replace(/^image: .*\n/m, '');
  }
  for (const [from, to] of moved) text = withLinksMoved(text, from, to);
  for (const [address, why] of unlinked) {
    const before = text;
    text = withoutLinksTo(withoutLinksTo(text, address), address.replace(/\/$/, ''));
    if (text !== before)
      notes.push(`${converted.source}: links to ${address}, ${why}; the links keep their words for now`);
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
  const dropped = [];
  for (const asset of bibliographyFiles(text)) {
    if (!(await copyOver(asset.from, asset.to, { file: from, line: asset.line }))) dropped.push(asset);
  }
  for (const field of localHtmlFields(text)) {
    dropped.push(field);
    notes.push(
      `${from}:${field.line}: html = {${field.value}} names a file of the old site, not a web address; left out (give the paper's address instead)`,
    );
  }
  text = withoutFields(text, dropped);
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
    `Converted ${pages.length} page${pages.length === 1 ? '' : 's'}, ${projects.length} project${projects.length === 1 ? '' : 's'}, ${news.length} news item${news.length === 1 ? '' : 's'}, ${posts.length} post${posts.length === 1 ? '' : 's'} and ${bibFiles.length} BibTeX file${bibFiles.length === 1 ? '' : 's'} from ${site}.`,
    written.length || removed.length
      ? ''
      : '\nNothing was written: the project already has every file as the import would write it.',
    ...section("Removed (the demo lab's examples, which the import replaces):", removed),
    ...section("Left out (al-folio's own example posts, as al-folio ships them):", alFolioExamples),
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
