import { isLang, type Lang } from '../../i18n/languages.ts';

/** What the URL helpers need from the site config. */
export interface UrlSite {
  url: string;
  base: string;
  languages: readonly Lang[];
  defaultLanguage: Lang;
}

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

/** A site path in a language: the default language's paths have no prefix, the others' begin with `/de/`. */
export function localizePath(path: string, lang: Lang, defaultLanguage: Lang): string {
  return lang === defaultLanguage ? path : `/${lang}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Where a permalink written in a file of the given language goes: a translation's `/de/mitmachen/` (or
 * `/mitmachen/`) is placed under its language's prefix, so that the same file works whichever language is
 * the default.
 */
export function placePermalink(written: string, lang: Lang, defaultLanguage: Lang): string {
  const inner = written.startsWith(`/${lang}/`) ? written.slice(lang.length + 1) : written;
  return localizePath(inner, lang, defaultLanguage);
}

/**
 * Where a site path written in content goes (a link in the text, a menu child, the legal pages of the site config).
 * Paths are written as the site has them with its first language as the default: `/join-us/` for a page in that
 * language, `/de/mitmachen/` for a German one. When another language is the default, they move with their pages
 * (`/join-us/` → `/en/join-us/`, `/de/mitmachen/` → `/mitmachen/`). Files (`/papers/a.pdf`) stay where they are.
 */
export function placeLink(path: string, site: Pick<UrlSite, 'languages' | 'defaultLanguage'>): string {
  const [contentLanguage] = site.languages;
  if (!contentLanguage || site.defaultLanguage === contentLanguage) return path;
  const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(path) ?? [];
  if (/\.[a-z0-9]+$/i.test(pathname)) return path;
  const lang = site.languages.find(
    (l) => l !== contentLanguage && (pathname === `/${l}` || pathname.startsWith(`/${l}/`)),
  );
  const page = pathname === `/${lang}` ? `${pathname}/` : pathname;
  return placePermalink(page, lang ?? contentLanguage, site.defaultLanguage) + rest;
}

/** The URL helpers of one site: what components and the core use to write links. */
export interface SiteUrls {
  /** A site path with the base path in front, for `href` and `src`. */
  url: (path: string) => string;
  /** The full address of a site path, for feeds, calendars and search engines. */
  absoluteUrl: (path: string) => string;
  /** A site path in a language: `/de/projects/` for German when English is the default. */
  localize: (path: string, lang: Lang) => string;
  /** The language of the page being built, from its URL (Astro's `currentLocale`). */
  langOf: (locale: string | undefined) => Lang;
  /** The `[...lang]` route parameter of a language: none for the default language. */
  langParam: (lang: Lang) => string | undefined;
}

/** The URL helpers bound to a site config. */
export function siteUrls(site: UrlSite): SiteUrls {
  const url = (path: string) => withBase(path, site.base);
  return {
    url,
    absoluteUrl: (path) => new URL(url(path), site.url).href,
    localize: (path, lang) => localizePath(path, lang, site.defaultLanguage),
    langOf: (locale) => (isLang(locale) && site.languages.includes(locale) ? locale : site.defaultLanguage),
    langParam: (lang) => (lang === site.defaultLanguage ? undefined : lang),
  };
}
