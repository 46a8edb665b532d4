// Turns an al-folio (Jekyll) site's content into this site's. Imported by scripts/import-al-folio.ts, which Node
// runs directly: imports here carry their extension.
import yaml from 'js-yaml';
import { convertLiquid, onlyLiquid, outsideCode } from './liquid.ts';
import { slugify } from './scaffold.ts';

/** The page keys this site understands (see src/content.config.ts); al-folio's others are dropped and reported. */
export const PAGE_KEYS = [
  'title',
  'description',
  'permalink',
  'layout',
  'draft',
  'nav',
  'nav_order',
  'dropdown',
  'children',
  'open_positions',
];

/** al-folio layouts and what they become here: `about` is the home page; the rest are ordinary pages. */
const LAYOUTS: Record<string, string> = { about: 'home', page: 'page' };

/** A markdown file split into front matter (text and data) and body. */
export function splitFrontmatter(source: string): { yamlText: string; data: Record<string, unknown>; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---\r?\n?/.exec(source);
  if (!match) return { yamlText: '', data: {}, body: source };
  const yamlText = match[1] ?? '';
  const data = (yaml.load(yamlText, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
  return { yamlText, data, body: source.slice(match[0].length) };
}

/** Removes top-level keys (with their indented lines) from YAML text, keeping everything else as written, comments too. */
export function removeTopLevelKeys(yamlText: string, keys: readonly string[]): string {
  const out: string[] = [];
  let skipping = false;
  for (const line of yamlText.split('\n')) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key !== undefined) skipping = keys.includes(key);
    // A comment at the start of a line stays, and does not end a dropped key (its indented lines still go).
    else if (!/^\s/.test(line) && line.trim() !== '' && !line.startsWith('#')) skipping = false;
    if (!skipping || line.startsWith('#')) out.push(line);
  }
  return out.join('\n');
}

const ASSET = /(\]\(|src=["'])\/?(assets\/[^)"'\s]+)/g;

/** Pictures and files a body links to in al-folio's `assets/` folder; they are copied to `public/assets/`. */
export function findAssets(body: string): string[] {
  const found: string[] = [];
  outsideCode(body, (text) => (found.push(...[...text.matchAll(ASSET)].map((match) => match[2]!)), text));
  return [...new Set(found)];
}

/** Links to `assets/…` become site paths (`/assets/…`), which get the base path when the site is built. */
export function rootAssetLinks(body: string): string {
  return outsideCode(body, (text) => text.replace(ASSET, (_, before: string, path: string) => `${before}/${path}`));
}

/** A body without its pictures of `path` and with the words of its links to it: for a file that is missing. */
export function withoutLinksTo(body: string, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return outsideCode(body, (text) =>
    text
      .replace(new RegExp(`!\\[[^\\]]*\\]\\(${escaped}(?:\\s+"[^"]*")?\\)`, 'g'), '')
      .replace(new RegExp(`<img\\b[^>]*\\bsrc=["']${escaped}["'][^>]*>`, 'g'), '')
      .replace(new RegExp(`\\[([^\\]]*)\\]\\(${escaped}(?:\\s+"[^"]*")?\\)`, 'g'), '$1'),
  );
}

/**
 * A body whose links to `from` (a site path, also written without its last slash or `.html`, with or without a
 * `#place`) lead to `to` instead: a post's address in al-folio becomes its address here.
 */
export function withLinksMoved(body: string, from: string, to: string): string {
  const bare = from.replace(/(\/|\.html)$/, '');
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`(\\]\\(|href=["'])${escaped}(?:/|\\.html)?(?=[)#"'\\s])`, 'g');
  return outsideCode(body, (text) => text.replace(link, (_, before: string) => `${before}${to}`));
}

export interface Converted {
  /** The al-folio file it comes from (`_pages/about.md`). */
  source: string;
  /** Where the file goes, relative to src/content. */
  path: string;
  text: string;
  /** What a person should look at: dropped keys, Liquid lines, guesses. */
  notes: string[];
  /** A picture to copy: from (relative to the al-folio site) to (relative to src/content). */
  image?: { from: string; to: string };
  /** Files in al-folio's `assets/` that the body links to, to copy to `public/`. */
  assets: string[];
}

const bodyStartLine = (source: string, body: string) => source.slice(0, source.length - body.length).split('\n').length;

/** A body as this site takes it: Liquid converted (see liquid.ts), links to `assets/` as site paths, and its files. */
export function convertBody(file: string, source: string, body: string, baseurl: string) {
  const liquid = convertLiquid(body, { file, firstLine: bodyStartLine(source, body), baseurl });
  return {
    ...liquid,
    body: rootAssetLinks(liquid.body),
    assets: findAssets(liquid.body),
    empty: onlyLiquid(liquid.body),
  };
}

/** An al-folio page (`_pages/x.md`) as a page here: the front matter as written, less the keys this site does not use. */
export function convertPage(
  file: string,
  source: string,
  knownPermalinks: ReadonlySet<string>,
  baseurl = '',
): Converted {
  const { yamlText, data, body } = splitFrontmatter(source);
  const notes: string[] = [];
  const dropped = Object.keys(data).filter((key) => !PAGE_KEYS.includes(key));
  let front = removeTopLevelKeys(yamlText, dropped);
  if (dropped.length) notes.push(`${file}: dropped keys this site does not use: ${dropped.join(', ')}`);

  const layout = typeof data.layout === 'string' ? data.layout : undefined;
  if (layout && LAYOUTS[layout] !== layout) {
    const replacement = LAYOUTS[layout];
    front = replacement
      ? front.replace(/^layout\s*:.*$/m, `layout: ${replacement}`)
      : removeTopLevelKeys(front, ['layout']);
    notes.push(`${file}: layout "${layout}" became ${replacement ? `"${replacement}"` : 'the default page layout'}`);
  }
  if (typeof data.title !== 'string' || !data.title.trim()) {
    const title =
      data.title !== undefined && data.title !== null && String(data.title).trim()
        ? String(data.title)
        : file.replace(/^.*\/|\.md$/gi, '');
    // A title YAML reads as a number (`title: 2024`) is kept as text; a missing one is the file's name.
    front = `title: ${JSON.stringify(title)}\n${removeTopLevelKeys(front, ['title'])}`;
    if (title !== String(data.title)) notes.push(`${file}: had no title; it is "${title}" now`);
  }
  // A permalink as this site writes it: from the top, ending in a slash (`teaching/`, `/cv/index.html` → `/cv/`).
  if (typeof data.permalink === 'string' && data.permalink !== normalize(data.permalink)) {
    front = front.replace(/^permalink\s*:.*$/m, `permalink: ${normalize(data.permalink)}`);
    notes.push(`${file}: permalink ${data.permalink} is written ${normalize(data.permalink)} here`);
  }
  if (Array.isArray(data.children)) {
    const missing = (data.children as { title?: string; permalink?: string }[])
      .filter((child) => child.permalink && !child.permalink.includes('://'))
      .filter((child) => !knownPermalinks.has(normalize(child.permalink!)));
    if (missing.length) {
      const kept = (data.children as { title?: string; permalink?: string }[]).filter(
        (child) => !missing.includes(child),
      );
      front =
        removeTopLevelKeys(front, ['children']).replace(/\n*$/, '\n') +
        (kept.length ? yaml.dump({ children: kept }) : '');
      if (!kept.length) front = removeTopLevelKeys(front, ['dropdown']);
      notes.push(
        `${file}: dropped menu children whose pages were not imported: ${missing.map((child) => `${child.title} (${child.permalink})`).join(', ')}`,
      );
    }
  }
  const converted = convertBody(file, source, body, baseurl);
  notes.push(...converted.notes);
  const role = pageRole(file, data);
  if (role !== 'page') {
    // The site makes this list itself: the page's own words (if any) introduce it; al-folio's Liquid goes.
    const rest = converted.body
      .split('\n')
      .filter((line) => !line.startsWith('<!-- al-folio Liquid:') && !/^\s*<!--.*-->\s*$/.test(line))
      .join('\n')
      .trim();
    // A list page al-folio made with Liquid in HTML (its blog page) leaves the bare HTML around the Liquid: tags,
    // icons and `&bull;`, without a word or a picture. That is no introduction.
    const said = /[\p{L}\p{N}]/u.test(rest.replace(/<(?!img\b)[^>]*>|&#?\w+;/g, ''));
    const intro = role === 'home' || said ? rest : '';
    const listFront =
      role === 'home'
        ? removeTopLevelKeys(front, ['permalink'])
        : `${removeTopLevelKeys(front, ['permalink']).replace(/\n*$/, '\n')}permalink: /${role}/\n`;
    const kept = [
      ...notes.filter((note) => !(note.startsWith(`${file}:`) && note.includes('Liquid, commented out'))),
      role === 'home'
        ? `${file}: became the home page (src/content/pages/index.md)`
        : `${file}: became the introduction of /${role}/, whose list the site makes itself (its Liquid is left out)`,
    ];
    return {
      source: file,
      path: `pages/${role === 'home' ? 'index' : role}.md`,
      text: `---\n${listFront.replace(/\n*$/, '\n')}---\n${intro ? `\n${intro}\n` : ''}`,
      notes: kept,
      assets: converted.assets,
    };
  }
  // A page al-folio filled itself (a list made by Liquid) would be published empty: it waits as a draft.
  if (converted.empty && data.draft !== true) {
    front = `${front.replace(/\n*$/, '\n')}draft: true\n`;
    notes.push(
      `${file}: nothing but Liquid, which this site does not run; kept as a draft (draft: true) for a person to write`,
    );
  }
  const name = file.replace(/^.*\//, '').replace(/\.md$/, '');
  const text = `---\n${front.replace(/\n*$/, '\n')}---\n${converted.body}`;
  return { source: file, path: `pages/${slugify(name) || 'page'}.md`, text, notes, assets: converted.assets };
}

/**
 * What an al-folio page becomes here: the home page (`permalink: /`), the introduction of one of the lists the site
 * makes itself (publications, projects, news, people: al-folio's `profiles`), or an ordinary page.
 */
export function pageRole(
  file: string,
  data: Record<string, unknown>,
): 'home' | 'publications' | 'projects' | 'news' | 'blog' | 'people' | 'page' {
  const permalink = typeof data.permalink === 'string' ? normalize(data.permalink) : undefined;
  const name = file.replace(/^.*\//, '').replace(/\.md$/, '');
  if (permalink === '/' || data.layout === 'about') return 'home';
  if (data.layout === 'profiles' || permalink === '/people/' || name === 'profiles') return 'people';
  for (const list of ['publications', 'projects', 'news', 'blog'] as const)
    if (permalink === `/${list}/` || (!permalink && name === list)) return list;
  return 'page';
}

/** al-folio pages this site has its own of: its 404 page. */
export function pageLeftOut(file: string, data: Record<string, unknown>): string | undefined {
  const permalink = typeof data.permalink === 'string' ? data.permalink : '';
  const name = file.replace(/^.*\//, '').replace(/\.md$/, '');
  if (name === '404' || /^\/?404(\.html)?$/.test(permalink))
    return `${file}: left out: the site has its own page for addresses that do not exist (src/pages/404.astro)`;
  return undefined;
}

function normalize(written: string): string {
  const permalink = written
    .trim()
    .replace(/index\.html?$/i, '')
    .replace(/\.html?$/i, '/');
  const withSlash = permalink.startsWith('/') ? permalink : `/${permalink}`;
  return withSlash.endsWith('/') ? withSlash : `${withSlash}/`;
}

/** The permalink an al-folio page will have here. */
export function pagePermalink(file: string, source: string): string {
  const { data } = splitFrontmatter(source);
  const role = pageRole(file, data);
  if (role !== 'page') return role === 'home' ? '/' : `/${role}/`;
  if (typeof data.permalink === 'string') return normalize(data.permalink);
  const name = slugify(file.replace(/^.*\//, '').replace(/\.md$/, ''));
  return name === 'index' ? '/' : `/${name}/`;
}

/**
 * An al-folio project (`_projects/x.md`) as a project here: `description` becomes the summary, `img` the image,
 * `category` a tag. al-folio projects have no dates: the year comes from the file name (`2022_themis`) or, failing
 * that, is the year of the import, and the report says so.
 */
export function convertProject(
  file: string,
  source: string,
  added: string | undefined,
  importYear: string,
  baseurl = '',
): Converted {
  const { data, body } = splitFrontmatter(source);
  const notes: string[] = [];
  const name = file.replace(/^.*\//, '').replace(/\.md$/, '');
  const id = /^[A-Za-z0-9][\w.-]*$/.test(name) ? name : slugify(name).replace(/-/g, '_');
  if (id !== name) notes.push(`${file}: renamed to ${id}.md, because the file name becomes the URL`);
  const title = typeof data.title === 'string' && data.title.trim() ? data.title : name;
  const summary = typeof data.description === 'string' && data.description.trim() ? data.description : title;
  if (summary === title) notes.push(`${file}: had no description; the summary repeats the title`);
  // al-folio projects have no dates: the year in the file name, or the month the file came into the repository.
  const start = /^(\d{4})[_-]/.exec(name)?.[1] ?? added?.slice(0, 7);
  if (!start)
    notes.push(
      `${file}: has no start date (neither in its file name nor in a git history), so it is kept as a draft: write its start (start: 2021) and remove draft: true`,
    );
  else if (!/^\d{4}[_-]/.test(name))
    notes.push(
      `${file}: its start ${start} is when the file came into the al-folio repository: correct it if the project began earlier`,
    );
  const front: Record<string, unknown> = {
    title,
    summary,
    start: start ? (/^\d{4}$/.test(start) ? Number(start) : start) : Number(importYear),
  };
  if (!start) front.draft = true;
  if (typeof data.category === 'string' && data.category.trim()) front.tags = [data.category];
  let image: Converted['image'];
  if (typeof data.img === 'string' && data.img.trim()) {
    const from = data.img.replace(/^\//, '');
    const to = `projects/${id}-${from.replace(/^.*\//, '')}`;
    image = { from, to };
    front.image = `./${to.replace(/^projects\//, '')}`;
  }
  const dropped = Object.keys(data).filter((key) => !['title', 'description', 'img', 'category'].includes(key));
  if (dropped.length) notes.push(`${file}: dropped keys this site does not use: ${dropped.join(', ')}`);
  const converted = convertBody(file, source, body, baseurl);
  notes.push(...converted.notes);
  const text = `---\n${yaml.dump(front, { lineWidth: 120 })}---\n${converted.body}`;
  return {
    source: file,
    path: `projects/${id}.md`,
    text,
    notes,
    assets: converted.assets,
    ...(image && { image }),
  };
}

/**
 * An al-folio news item (`_news/x.md`) as news here: the day of its `date` (al-folio writes a date-time,
 * `2024-01-15 15:59:00-0400`; the day as written is kept), its `title` unless it is an inline announcement,
 * and the body.
 */
export function convertNews(file: string, source: string, baseurl = ''): Converted {
  const { data, body } = splitFrontmatter(source);
  const notes: string[] = [];
  const name = file.replace(/^.*\//, '').replace(/\.md$/, '');
  const id = /^[A-Za-z0-9][\w.-]*$/.test(name) ? name : slugify(name) || 'news';
  const date = /^\d{4}-\d{2}-\d{2}/.exec(String(data.date ?? ''))?.[0] ?? /^(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];
  const front: Record<string, unknown> = { date: date ?? 'YYYY-MM-DD' };
  if (!date) notes.push(`${file}: has no date; write it in src/content/news/${id}.md before building`);
  if (typeof data.title === 'string' && data.title.trim() && data.inline !== true) front.title = data.title;
  const dropped = Object.keys(data).filter((key) => !['date', 'title', 'layout', 'inline'].includes(key));
  if (dropped.length) notes.push(`${file}: dropped keys this site does not use: ${dropped.join(', ')}`);
  const converted = convertBody(file, source, body, baseurl);
  notes.push(...converted.notes);
  // The date unquoted, as editors write it (YAML would quote a date-like string).
  const { date: day, ...rest } = front;
  const yamlText = `date: ${String(day)}\n${Object.keys(rest).length ? yaml.dump(rest, { lineWidth: 120 }) : ''}`;
  const text = `---\n${yamlText}---\n${converted.body}`;
  return { source: file, path: `news/${id}.md`, text, notes, assets: converted.assets };
}
