// The checks no schema can make alone, because they look at more than one file: ids that must name an entry,
// URLs that two files claim, menu children and legal pages that must be pages, translations that must fit.
// Each returns problems (file, field, message) instead of stopping at the first.
import type { Lang } from '../../i18n/languages';
import { isDivider, type NavChild } from '../navigation';
import { quoted, type Problem } from './problems';
import { checkUrlId, isExternal, normalizePath, placeLink, type UrlSite } from './urls';

/** A content file as the checks name it. */
export interface FileEntry {
  id: string;
  filePath?: string | undefined;
}

/** `src/content/pages/about.md`: where the editor finds an entry. */
export const fileOf = (entry: FileEntry) => entry.filePath ?? entry.id;

/** A file name that cannot become a URL (spaces, umlauts, ...). */
export function urlIdProblem(entry: FileEntry): Problem | undefined {
  const problem = checkUrlId(entry.id);
  return problem ? { file: fileOf(entry), message: `${problem}.` } : undefined;
}

/** A file in a folder named after the content language (`pages/en/about.md`): top-level files are in that language. */
export function contentFolderProblem(entry: FileEntry, contentLanguage: Lang): Problem | undefined {
  if (!entry.id.startsWith(`${contentLanguage}/`)) return undefined;
  return {
    file: fileOf(entry),
    message: `files in ${contentLanguage}, the site's first language, sit at the top of the folder, not in ${contentLanguage}/; move it up one folder.`,
  };
}

/** A translation of a collection that is written once, in the content language (people, news). */
export function translationProblem(entry: FileEntry, collection: string, contentLanguage: Lang): Problem {
  return {
    file: fileOf(entry),
    message: `${collection} are written once, in the site's first language (${contentLanguage}); translations of ${collection} are not supported. Move the file out of its language folder.`,
  };
}

/**
 * Looks up the entries that ids in other files name (a position's `project`, a project's `people`). An id that
 * names nothing, or a draft, becomes a problem that names the file, the field and the ids there are.
 */
export function referenceFinder<T extends { id: string }>(
  items: readonly T[],
  drafts: ReadonlySet<string>,
  messages: { draft: (id: string) => string; unknown: (id: string, known: string) => string },
  report: (problem: Problem) => unknown,
): (id: string, file: string, field: string) => T | undefined {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id, file, field) => {
    const found = byId.get(id);
    if (found) return found;
    const known = items.map((item) => item.id).join(', ') || 'none yet';
    report({ file, field, message: drafts.has(id) ? messages.draft(id) : messages.unknown(id, known) });
    return undefined;
  };
}

/** A URL that some content file asks for. */
export interface RouteClaim {
  permalink: string;
  /** The file (or route) that claims it, as an editor would look for it. */
  source: string;
}

/** Permalinks claimed more than once, with every file that claims each. */
export function findDuplicatePermalinks(claims: readonly RouteClaim[]): { permalink: string; sources: string[] }[] {
  const byPermalink = new Map<string, string[]>();
  for (const { permalink, source } of claims) {
    const key = normalizePath(permalink);
    byPermalink.set(key, [...(byPermalink.get(key) ?? []), source]);
  }
  return [...byPermalink]
    .filter(([, sources]) => sources.length > 1)
    .map(([permalink, sources]) => ({ permalink, sources }));
}

/** Two files on one URL: one of them would silently win. */
export function duplicateRouteProblems(claims: readonly RouteClaim[]): Problem[] {
  return findDuplicatePermalinks(claims).map(({ permalink, sources }) => ({
    message: `Two files claim the URL ${permalink}:\n${sources.map((s) => `  - ${s}`).join('\n')}\nGive one of them another permalink.`,
  }));
}

/** Internal child links that point to no page, for a build error that names the page and the link. */
export function findMissingChildren<P extends { children?: NavChild[] | undefined }>(
  pages: readonly P[],
  knownPermalinks: ReadonlySet<string>,
): { page: P; child: NavChild }[] {
  return pages.flatMap((page) =>
    (page.children ?? [])
      .filter((child) => !isDivider(child) && child.permalink && !isExternal(child.permalink))
      .filter((child) => !knownPermalinks.has(normalizePath(child.permalink!)))
      .map((child) => ({ page, child })),
  );
}

/** Menu children that link to no page of the site. */
export function missingChildProblems(
  pages: readonly { file: string; children?: NavChild[] | undefined }[],
  known: ReadonlySet<string>,
): Problem[] {
  return findMissingChildren(pages, known).map(({ page, child }) => ({
    file: page.file,
    field: 'children',
    message: `the child ${quoted(child.title)} links to ${child.permalink}, but no page has that permalink. Expected the permalink of a page in src/content/pages (or a full https:// address for an external link).`,
  }));
}

/** What the index checks need to know about a page. */
interface IndexCheckPage {
  file: string;
  lang: Lang;
  key: string;
  permalink: string;
  layout: string;
  open_positions?: unknown;
  versions: ReadonlyMap<Lang, { permalink: string }>;
}

/**
 * The pages that introduce a collection index (`/projects/`) give it a title and a text, but the list has its own
 * address and layout: a translation keeps the list's address, and no such page sets a layout or `open_positions`.
 */
export function indexPageProblems(
  pages: readonly IndexCheckPage[],
  indexPermalinks: (lang: Lang) => readonly string[],
  contentLanguage: Lang,
  localize: (path: string, lang: Lang) => string,
): Problem[] {
  const isIndex = (page: IndexCheckPage) => indexPermalinks(page.lang).includes(page.permalink);
  const indexKeys = new Set(pages.filter((page) => page.lang === contentLanguage && isIndex(page)).map((p) => p.key));
  const problems: Problem[] = [];
  for (const page of pages) {
    if (page.lang !== contentLanguage && indexKeys.has(page.key) && !isIndex(page)) {
      const list = page.versions.get(contentLanguage)!.permalink;
      problems.push({
        file: page.file,
        field: 'permalink',
        message: `this page introduces the list at ${localize(list, page.lang)}, whose address is fixed; remove the permalink (found ${page.permalink}).`,
      });
    } else if (isIndex(page) && (page.layout !== 'page' || page.open_positions !== undefined)) {
      problems.push({
        file: page.file,
        field: page.layout !== 'page' ? 'layout' : 'open_positions',
        message: `this page introduces the list at ${page.permalink}, which has a layout of its own; remove the key (the list already shows what it should).`,
      });
    }
  }
  return problems;
}

/** The site config's legal pages that name a permalink no page has. */
export function legalPageProblems(
  site: Pick<UrlSite, 'languages' | 'defaultLanguage'> & { legal: { imprint?: string; privacy?: string } },
  permalinks: ReadonlySet<string>,
): Problem[] {
  return (['imprint', 'privacy'] as const).flatMap((which) => {
    const target = site.legal[which];
    if (!target || target.includes('://') || permalinks.has(placeLink(target, site))) return [];
    return [
      {
        file: 'src/site.config.ts',
        field: `legal.${which}`,
        message: `no page has the permalink ${target}. Expected the permalink of a page in src/content/pages (or the full https:// address of the university's page).`,
      },
    ];
  });
}
