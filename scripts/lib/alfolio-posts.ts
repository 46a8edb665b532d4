// al-folio's blog posts (`_posts/2024-05-02-our-paper.md`) as this site's (src/content/posts/, src/schemas/posts.ts),
// and the address each had in al-folio, so that links to it follow it. Imported by scripts/import-al-folio.ts, which
// Node runs directly: imports here carry their extension.
import yaml from 'js-yaml';
import { convertBody, splitFrontmatter, type Converted } from './alfolio.ts';
import { outsideCode, plainLink } from './liquid.ts';
import { slugify } from './scaffold.ts';

/** What a post's conversion needs to know of the sites. */
export interface PostContext {
  /** al-folio's base path (`/ml-lab`), which leaves the links. */
  baseurl: string;
  /** The posts' addresses in al-folio: `permalink` in _config.yml (`/blog/:year/:title/`), else Jekyll's `date`. */
  permalink?: string;
  /** The people the site will have: each id, and each name in lowercase, to the id. */
  people: ReadonlyMap<string, string>;
}

/** Where a post is here (`/blog/our-paper/`), and where it was in al-folio (links there lead here after the import). */
export interface PostAddresses {
  address: string;
  oldAddresses: string[];
}

export type ConvertedPost = Converted & PostAddresses & { draft: boolean };
export type LeftOutPost = PostAddresses & { leftOut: string; redirect?: string };

/** The keys a post's conversion reads; the rest (giscus_comments, toc, related_posts, …) are dropped and reported. */
const POST_KEYS = [
  'layout',
  'title',
  'date',
  'description',
  'tags',
  'categories',
  'category',
  'thumbnail',
  'image',
  'published',
  'draft',
  'author',
  'authors',
];

/** A post's file name: `2024-05-02-our-paper` (Jekyll also reads `2024-5-2-our-paper`). */
const POST_NAME = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)$/;

/** A post's address here: its file name without al-folio's date prefix (as postSlug in src/lib/posts.ts). */
const addressOf = (id: string) => `/blog/${id.replace(/^\d{4}-\d{2}-\d{2}-(?=.)/, '')}/`;

/** Jekyll's built-in permalink styles, for posts. */
const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/**
 * The address Jekyll gave a post, from the site's `permalink` pattern (`/blog/:year/:title/`), or undefined for a
 * pattern with a placeholder it does not know.
 */
export function jekyllAddress(
  pattern: string | undefined,
  post: { day: string; slug: string; categories: readonly string[] },
): string | undefined {
  const [year = '', month = '', day = ''] = post.day.split('-');
  const dayOfYear = (Date.UTC(+year, +month - 1, +day) - Date.UTC(+year, 0, 1)) / 86_400_000 + 1;
  const parts: Record<string, string> = {
    year,
    month,
    day,
    i_month: String(+month),
    i_day: String(+day),
    short_year: year.slice(2),
    y_day: String(dayOfYear).padStart(3, '0'),
    title: post.slug,
    slug: post.slug,
    name: post.slug,
    categories: [...new Set(post.categories.map((category) => category.toLowerCase()))].join('/'),
    output_ext: '.html',
  };
  let unknown = false;
  const address = (STYLES[pattern ?? 'date'] ?? pattern ?? '').replace(/:(\w+)/g, (_, key: string) => {
    if (parts[key] === undefined) unknown = true;
    return parts[key] ?? '';
  });
  return unknown ? undefined : `/${address}`.replace(/\/{2,}/g, '/');
}

/** Words as al-folio writes them: a list, or one text of words (`tags: formatting links`, also `tags: a, b`). */
function words(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const plain = items.filter((item) => typeof item === 'string' || typeof item === 'number').map(String);
  return (Array.isArray(value) ? plain : plain.flatMap((text) => text.split(/[\s,]+/)))
    .map((word) => word.trim())
    .filter(Boolean);
}

/** The names of a post's authors: one, a list, or distill's list of `name:` and `url:`. */
function authorNames(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items
    .map((item: unknown) => (item && typeof item === 'object' ? (item as { name?: unknown }).name : item))
    .filter((name) => typeof name === 'string' || typeof name === 'number')
    .map((name) => String(name).trim())
    .filter(Boolean);
}

/** Text a key holds (a title YAML reads as a number is text), or undefined. */
const textOf = (value: unknown) =>
  (typeof value === 'string' || typeof value === 'number') && String(value).trim() ? String(value) : undefined;

/**
 * An al-folio blog post as a post here, under the same file name (the date prefix stays; the address drops it): the
 * day of its `date` (al-folio writes `2015-03-15 15:09:00-0400`; the day as written is kept) or of its file name, its
 * title, description, `tags` and `categories` as tags, `thumbnail` (or `image`) as its picture, `published: false`
 * as a draft, its authors as lab members where their name or id is one. A line of its own that is a formula between
 * `$$` (kramdown's display math) becomes a display formula; other formulas stay as written. Posts that only lead
 * elsewhere (`redirect`), distill posts with distill's own elements, and files Jekyll did not publish as posts (no
 * date in the name) are left out, with the reason.
 */
export function convertPost(file: string, source: string, context: PostContext): ConvertedPost | LeftOutPost {
  const { data, body } = splitFrontmatter(source);
  const name = file.replace(/^.*\//, '').replace(/\.(md|markdown)$/i, '');
  const named = POST_NAME.exec(name);
  const nameDay = named && `${named[1]}-${named[2]!.padStart(2, '0')}-${named[3]!.padStart(2, '0')}`;
  const rest = named?.[4] ?? name;
  const plain = /^[A-Za-z0-9][\w.-]*$/.test(rest) ? rest : slugify(rest) || 'post';
  const id = nameDay ? `${nameDay}-${plain}` : plain;
  const writtenDay = /^\d{4}-\d{2}-\d{2}(?=$|[ T])/.exec(String(data.date ?? '').trim())?.[0];
  const day = writtenDay ?? nameDay ?? '';
  const categories = [...words(data.categories), ...words(data.category)];
  const slug = textOf(data.slug) ?? rest;
  const jekyll =
    typeof data.permalink === 'string'
      ? `/${data.permalink.trim().replace(/^\/+/, '')}`
      : jekyllAddress(context.permalink, { day, slug, categories });
  const address = addressOf(id);
  const oldAddresses = [...new Set([jekyll, addressOf(name)])].filter(
    (old): old is string => old !== undefined && old !== address,
  );
  const addresses = { address, oldAddresses };

  const target = textOf(data.redirect) ?? textOf(data.redirect_to) ?? textOf(data.external_source);
  if (target)
    return {
      ...addresses,
      leftOut: `${file}: left out: it leads to ${target} instead of holding a post; link to it from a page or a news item`,
      ...(target.includes('://') && { redirect: target }),
    };
  if (!nameDay)
    return {
      address,
      oldAddresses: [],
      leftOut: `${file}: left out: al-folio did not publish it, since Jekyll takes only posts named YYYY-MM-DD-title.md; rename it so to import it`,
    };
  const distill = data.layout === 'distill' ? [...new Set(body.match(/<d-[a-z-]+/g) ?? [])] : [];
  if (distill.length)
    return {
      ...addresses,
      leftOut: `${file}: left out: a distill post, whose elements ${distill.map((element) => `${element}>`).join(', ')} this site does not have; write them in markdown (a footnote as [^1], a paper as a link to /publications/#pub-key) and import it again`,
    };

  const notes: string[] = [];
  if (id !== name) notes.push(`${file}: renamed to ${id}.md, because the file name becomes the URL`);
  if (data.date !== undefined && data.date !== null && !writtenDay)
    notes.push(`${file}: its date ${String(data.date)} is not a day (YYYY-MM-DD); the day of its file name is used`);
  const title =
    textOf(data.title) ??
    rest
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' ');
  if (!textOf(data.title)) notes.push(`${file}: had no title; it is "${title}" now, as al-folio showed it`);
  const front: Record<string, unknown> = {};
  const authors: string[] = [];
  const guests: string[] = [];
  for (const author of authorNames(data.authors ?? data.author)) {
    const person = context.people.get(author) ?? context.people.get(author.toLowerCase());
    if (person) authors.push(person);
    else if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(author))
      notes.push(
        `${file}: author "${author}" is written like a person's id, but src/content/people/${author}.md will not exist; left out: write the person's file or their full name`,
      );
    else {
      authors.push(author);
      guests.push(author);
    }
  }
  if (authors.length) front.authors = authors;
  if (guests.length)
    notes.push(
      `${file}: authors shown by name, as guests: ${guests.join(', ')}; write a lab member's file name (jane-doe) to link their page`,
    );
  const tags = [...new Set([...words(data.tags), ...categories])];
  if (tags.length) front.tags = tags;
  const description = textOf(data.description);
  if (description) front.description = description;

  let image: Converted['image'];
  const [pictureKey, picture] = (['thumbnail', 'image'] as const)
    .map((key) => {
      const value: unknown = data[key];
      return [key, textOf(value && typeof value === 'object' ? (value as { path?: unknown }).path : value)] as const;
    })
    .find(([, value]) => value) ?? ['thumbnail', undefined];
  if (picture) {
    const from = plainLink(picture.trim(), context.baseurl).replace(/^\/+/, '');
    if (from.includes('://'))
      notes.push(
        `${file}: ${pictureKey} ${picture} is a picture on another site; left out: save it beside the post and write image: ./its-name.jpg`,
      );
    else {
      const to = `posts/${id}-${from.replace(/^.*\//, '')}`;
      image = { from, to };
      front.image = `./${to.replace(/^posts\//, '')}`;
    }
  }
  const draft = data.published === false || data.published === 'false' || data.draft === true;
  if (draft) front.draft = true;
  // Both a thumbnail and an image: the thumbnail is the picture, and the image is dropped like any other key.
  const unused = picture && pictureKey === 'thumbnail' ? ['image'] : [];
  const dropped = Object.keys(data).filter((key) => !POST_KEYS.includes(key) || unused.includes(key));
  if (dropped.length) notes.push(`${file}: dropped keys this site does not use: ${dropped.join(', ')}`);

  const converted = convertBody(file, source, displayFormulas(body), context.baseurl);
  notes.push(...converted.notes);
  // The date unquoted, as editors write it (YAML would quote a date-like string).
  const more = Object.keys(front).length ? yaml.dump(front, { lineWidth: 120 }) : '';
  return {
    source: file,
    path: `posts/${id}.md`,
    text: `---\n${yaml.dump({ title }, { lineWidth: 120 })}date: ${day}\n${more}---\n${converted.body}`,
    notes,
    assets: converted.assets,
    ...(image && { image }),
    ...addresses,
    draft,
  };
}

/**
 * Posts that would share an address (`2019-12-31-review.md` and `2020-12-31-review.md` are both /blog/review/): the
 * first keeps it, the others get their year (`2020-12-31-review-2020.md`, /blog/review-2020/), and links to their
 * old addresses follow.
 */
export function settlePostAddresses(posts: readonly ConvertedPost[]): { posts: ConvertedPost[]; notes: string[] } {
  const taken = new Set<string>();
  const notes: string[] = [];
  const settled = posts.map((post) => {
    if (!taken.has(post.address)) {
      taken.add(post.address);
      return post;
    }
    const id = post.path.replace(/^posts\/|\.md$/g, '');
    let renamed = `${id}-${id.slice(0, 4)}`;
    for (let n = 2; taken.has(addressOf(renamed)); n++) renamed = `${id}-${n}`;
    taken.add(addressOf(renamed));
    notes.push(
      `${post.source}: renamed to ${renamed}.md, since another post has its address ${post.address}; it is at ${addressOf(renamed)}`,
    );
    return {
      ...post,
      path: `posts/${renamed}.md`,
      address: addressOf(renamed),
      oldAddresses: post.oldAddresses.filter((old) => old !== addressOf(renamed)),
    };
  });
  return { posts: settled, notes };
}

/** kramdown's display formula, `$$ x $$` alone on a line, as a formula block (`$$`, the formula, `$$` on lines of their own). */
export function displayFormulas(body: string): string {
  return outsideCode(body, (text) =>
    text.replace(/^([ \t]*)\$\$[ \t]*(\S(?:.*\S)?)[ \t]*\$\$[ \t]*$/gm, '$1$$$$\n$1$2\n$1$$$$'),
  );
}
