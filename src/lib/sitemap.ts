/**
 * What the pages tell the sitemap: URLs to leave out (closed positions) and `lastmod` dates.
 * astro.config.mjs and the rendered pages are separate module instances in one build process, so
 * the hints live on `globalThis`, under a private symbol.
 */
export interface SitemapHints {
  /** Site paths (base included) that must not be listed. */
  exclude: Set<string>;
  /** Site paths (base included) with the date they last changed. */
  lastmod: Map<string, string>;
  /** Site paths (base included) of pages in several languages, with every version's full address. */
  alternates: Map<string, { lang: string; url: string }[]>;
}

const KEY = Symbol.for('rostock-ml-lab-site.sitemap-hints');

/** The hints of the running build. */
export function sitemapHints(): SitemapHints {
  const store = globalThis as typeof globalThis & { [KEY]?: SitemapHints };
  return (store[KEY] ??= { exclude: new Set(), lastmod: new Map(), alternates: new Map() });
}

/** Options for @astrojs/sitemap that apply the hints. */
export function sitemapOptions() {
  const pathOf = (url: string) => new URL(url).pathname;
  return {
    filter: (page: string) => !sitemapHints().exclude.has(pathOf(page)),
    serialize: <Item extends { url: string; lastmod?: string | undefined; links?: { lang: string; url: string }[] }>(
      item: Item,
    ): Item => {
      const lastmod = sitemapHints().lastmod.get(pathOf(item.url));
      const links = sitemapHints().alternates.get(pathOf(item.url));
      return { ...item, ...(lastmod ? { lastmod } : {}), ...(links ? { links } : {}) };
    },
  };
}
