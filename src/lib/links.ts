import type { Nodes } from 'hast';
import { htmlToHast, markdownToHast, mdxToHast } from 'satteri';
import { elements } from './html-policy.ts';
import { isSitePath, linesAbove } from './markdown.ts';

/** A link in a content file to a path of the site (`/join-us/`, `/papers/a.pdf#page=2`), and where it is written. */
export interface ContentLink {
  file: string;
  line: number;
  href: string;
}

const ATTRIBUTES = { a: 'href', img: 'src', source: 'src' } as const;

/**
 * The site-path links of one markdown or MDX file (`body` is its text after the front matter): markdown links and
 * pictures, and those in HTML written in it, with the line of the file each is on. MDX components' props are code
 * and are not read.
 */
export function contentLinks(file: string, source: string, body: string): ContentLink[] {
  let tree: Nodes;
  try {
    tree = (file.endsWith('.mdx') ? mdxToHast(body) : markdownToHast(body)) as Nodes;
  } catch {
    return []; // A file that does not parse fails the build on its own, with its own message.
  }
  const above = linesAbove(source, body);
  const links: ContentLink[] = [];
  const visit = (node: Nodes) => {
    const line = node.position?.start.line;
    if (node.type === 'element' && line) {
      const key = ATTRIBUTES[node.tagName as keyof typeof ATTRIBUTES];
      const href = key && node.properties?.[key];
      if (isSitePath(href)) links.push({ file, line: line + above, href });
    }
    if (node.type === 'raw' && line) {
      // Each link's line: where its address is written, searched for in order (the same one may come twice).
      let cursor = 0;
      for (const element of elements(htmlToHast(node.value, { fragment: true }) as Nodes)) {
        const key = ATTRIBUTES[element.tagName as keyof typeof ATTRIBUTES];
        const href = key && element.properties?.[key];
        if (!isSitePath(href)) continue;
        const at = node.value.indexOf(href, cursor);
        if (at >= 0) cursor = at + href.length;
        const own = line + node.value.slice(0, at < 0 ? cursor : at).split('\n').length - 1;
        links.push({ file, line: own + above, href });
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return links;
}

/** What the built site has: its files (`join-us/index.html`, `papers/a.pdf`), and the ids of a page. */
export interface BuiltSite {
  has: (file: string) => boolean;
  ids: (file: string) => ReadonlySet<string>;
  /** Every page's path (`/join-us/`), for "did you mean". */
  pages: readonly string[];
}

/** A fragment as the browser looks for it (`#caf%C3%A9` → `café`), or as written when it is no valid escape. */
function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Levenshtein distance, for the nearest page to a mistyped link. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The links that lead nowhere: to a path no page or file of the built site has, or to a fragment the page lacks.
 * `place` moves a page path as the site does (another default language). Each is said with its file and line, and
 * with the nearest page when one is close.
 */
export function deadLinks(
  links: readonly ContentLink[],
  site: BuiltSite,
  place: (path: string) => string = (path) => path,
): string[] {
  const problems: string[] = [];
  for (const { file, line, href } of links) {
    const [, written = '', fragment] = /^([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/s.exec(href) ?? [];
    let path: string;
    try {
      path = decodeURI(place(written)).replace(/^\//, '');
    } catch {
      path = written.replace(/^\//, '');
    }
    const page = path === '' || path.endsWith('/') ? `${path}index.html` : site.has(path) ? path : `${path}/index.html`;
    const at = `${file}:${line}: the link ${href}`;
    if (!site.has(page)) {
      const nearest = site.pages
        .filter((candidate) => candidate !== written)
        .map((candidate) => ({ candidate, far: distance(candidate, `/${path.replace(/\/?$/, '/')}`) }))
        .sort((a, b) => a.far - b.far || a.candidate.localeCompare(b.candidate))[0];
      const hint = nearest && nearest.far <= 3 ? `; did you mean ${nearest.candidate}?` : '';
      problems.push(`${at} leads to no page or file of the site${hint}`);
    } else if (fragment && fragment !== 'top' && page.endsWith('.html') && !site.ids(page).has(decoded(fragment))) {
      problems.push(`${at} leads to a page without the place #${fragment}`);
    }
  }
  return problems;
}
