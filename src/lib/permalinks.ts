/** The URL a page gets from its file path: `index` → `/`, `for-students/jobs` → `/for-students/jobs/`. */
export function defaultPermalink(id: string): string {
  const path = id.replace(/(^|\/)index$/, '');
  return path ? `/${path}/` : '/';
}

/** A path as the site compares it: leading and trailing slash, no repeated slashes. */
export function normalizePath(path: string): string {
  const trimmed = path.split(/[?#]/)[0]!.replace(/\/{2,}/g, '/');
  const withLeading = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

/** Whether a link leaves the site (al-folio marks external menu links by `://`). */
export function isExternal(href: string): boolean {
  return href.includes('://');
}

/** Prefixes a site path with the base path (`/lab/`), so the site works below a sub-folder. */
export function withBase(path: string, base: string): string {
  if (isExternal(path) || path.startsWith('mailto:')) return path;
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Removes the base path from a URL path, giving the site path that permalinks use. */
export function stripBase(pathname: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  const path = prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  return normalizePath(path || '/');
}

/** The `[...permalink]` route parameter for a permalink: `/` → undefined, `/a/b/` → `a/b`. */
export function toRouteParam(permalink: string): string | undefined {
  const inner = permalink.replace(/^\/+|\/+$/g, '');
  return inner || undefined;
}

/** A route that some content file asks for. */
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

const URL_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Explains why a file name cannot become a URL (spaces, umlauts, ...), or returns undefined when it can. */
export function checkUrlId(id: string): string | undefined {
  if (URL_SAFE_ID.test(id)) return undefined;
  const suggestion = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._/-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/(^|\/)-|-($|\/)/g, '$1$2')
    .toLowerCase();
  return `the file name "${id}" becomes the URL, so it may use only letters, digits, "-", "_" and "."; rename the file to "${suggestion}"`;
}
